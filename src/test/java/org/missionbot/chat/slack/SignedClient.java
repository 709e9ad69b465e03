package org.missionbot.chat.slack;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends requests to the bot's HTTP endpoint the way Slack does: signed with the signing secret. */
final class SignedClient {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI endpoint;
  private final String secret;

  SignedClient(int port, String secret) {
    this.endpoint = URI.create("http://127.0.0.1:" + port + "/slack/events");
    this.secret = secret;
  }

  /** Posts an Events API payload, signed now. */
  HttpResponse<String> event(String json, String... headers) throws Exception {
    return post(json, "application/json", Instant.now(), secret, headers);
  }

  /** Posts form fields (a slash command), signed now. */
  HttpResponse<String> form(Map<String, String> fields) throws Exception {
    return post(encode(fields), "application/x-www-form-urlencoded", Instant.now(), secret);
  }

  /** Posts an interaction (a button click) as Slack does: its JSON in the form field "payload". */
  HttpResponse<String> interaction(String json) throws Exception {
    return form(Map.of("payload", json));
  }

  /** Posts with the given signing time and secret, for requests Slack would not send. */
  HttpResponse<String> post(String body, String type, Instant at, String key, String... headers) throws Exception {
    String timestamp = Long.toString(at.getEpochSecond());
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
        .header("Content-Type", type)
        .header("X-Slack-Request-Timestamp", timestamp)
        .header("X-Slack-Signature", signature(key, timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String signature(String key, String timestamp, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
    return "v0=" + HexFormat.of().formatHex(digest);
  }

  static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
