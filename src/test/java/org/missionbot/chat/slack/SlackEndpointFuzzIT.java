package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.BadInput;
import org.missionbot.Checkout;
import org.missionbot.chat.MissionBot;
import org.missionbot.config.Home;

/**
 * Property: /slack/events of the real app in HTTP mode takes any request (random bodies, broken and
 * mistyped JSON, 2 MB bodies, wrong content types and methods, signed, unsigned, wrongly signed and
 * stale) without a 5xx (but the logged 500 by design when Bolt fails on a signed request) and
 * without dropping a connection, refuses every request not signed right with a 4xx, and answers a
 * real mention after every 100.
 */
class SlackEndpointFuzzIT {

  private static final String SECRET = "fuzz-signing-secret";
  private static final int REQUESTS = 600;
  private static final String[] TYPES = {"application/json", "application/x-www-form-urlencoded", "text/plain",
      "multipart/form-data; boundary=x", "application/json; charset=utf-16", "\u00e9/\u00e9", null};

  @TempDir
  Path home;

  @Test
  void anyRequestGetsAnAnswerBelow500AndTheAppKeepsAnswering() throws Exception {
    Checkout.copyHome(home);
    try (MissionBot bot = MissionBot.open(new Home(home)); SlackStandIn slack = new SlackStandIn()) {
      SlackSettings settings = SlackSettings.fromEnv(Map.of("SLACK_BOT_TOKEN", "xoxb-fuzz", "SLACK_SIGNING_SECRET",
          SECRET, "SLACK_API_URL", slack.apiUrl(), "PORT", "0", "SLACK_RATE_LIMIT", "100000",
          "FEEDBACK_FILE", home.resolve("feedback.jsonl").toString()));
      SlackChannel channel = SlackChannel.create(settings, SlackChannel.core(bot, settings));
      channel.start();
      try {
        URI endpoint = URI.create("http://127.0.0.1:" + channel.port() + HttpEndpoint.PATH);
        BadInput input = new BadInput(0x51ac_f022L);
        List<String> failures = new ArrayList<>();
        List<Integer> dropped = new ArrayList<>();
        List<Integer> designed = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
          fuzz(endpoint, input, i, failures, dropped, designed);
          if (i % 100 == 99) {
            assertStillAnswers(slack, new SignedClient(channel.port(), SECRET), i);
          }
        }
        assertEquals(List.of(), failures);
        assertEquals(List.of(), dropped, "requests whose connection was dropped without an answer");
        System.out.println("Slack /slack/events: " + REQUESTS + " fuzzed requests, " + dropped.size()
            + " connections dropped without an answer, " + designed.size()
            + " signed requests answered 500 as designed when Bolt failed; the app answered after every 100");
      } finally {
        channel.stop();
      }
    }
  }

  @Test
  void malformedPayloadsGetA400NotADroppedConnection() throws Exception {
    Checkout.copyHome(home);
    try (MissionBot bot = MissionBot.open(new Home(home)); SlackStandIn slack = new SlackStandIn()) {
      SlackSettings settings = SlackSettings.fromEnv(Map.of("SLACK_BOT_TOKEN", "xoxb-fuzz", "SLACK_SIGNING_SECRET",
          SECRET, "SLACK_API_URL", slack.apiUrl(), "PORT", "0", "FEEDBACK_FILE", home.resolve("f.jsonl").toString()));
      SlackChannel channel = SlackChannel.create(settings, SlackChannel.core(bot, settings));
      channel.start();
      try (HttpClient http = HttpClient.newHttpClient()) {
        URI endpoint = URI.create("http://127.0.0.1:" + channel.port() + HttpEndpoint.PATH);
        String[] bodies = {"{\"type\":\"event_callback\",\"event_id\":\"\",\"event\":[]}",
            "{\"type\":\"event_callback\",\"event_id\":\"\",\"event\":{\"type\":null}}",
            "payload=%7B%22type%22%3A%22event_callback%22"};
        for (String body : bodies) {
          for (int signing = 0; signing < 2; signing++) {
            int status = http.send(request(endpoint, body, "application/json", signing, "POST"),
                HttpResponse.BodyHandlers.discarding()).statusCode();
            assertEquals(signing == 0 ? 400 : 401, status, body);
          }
        }
      } finally {
        channel.stop();
      }
    }
  }

  private static void fuzz(URI endpoint, BadInput input, int i, List<String> failures, List<Integer> dropped,
                           List<Integer> designed)
      throws Exception {
    Random random = input.random();
    String body = body(input);
    int signing = random.nextInt(4); // 0 right, 1 none, 2 wrong secret, 3 stale
    String type = TYPES[random.nextInt(TYPES.length)];
    String method = random.nextInt(10) == 0 ? "PUT" : "POST";
    try (HttpClient fresh = HttpClient.newHttpClient()) { // a connection of its own: a dropped one is this request's
      HttpResponse<String> response = fresh.send(request(endpoint, body, type, signing, method), HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      boolean isDesigned = status == 500 && signing == 0 && "error".equals(response.body()); // Bolt failed: logged
      if (isDesigned) {
        designed.add(i);
      }
      if (status >= 500 && !isDesigned || signing != 0 && status / 100 != 4) {
        failures.add(i + ": " + status + " (signing " + signing + ", " + type + ", " + method + ") for "
            + BadInput.show(body));
      }
    } catch (IOException e) { // every body here, 2 MB at most, is read before its answer, even a refusal
      dropped.add(i);
    }
  }

  private static HttpRequest request(URI endpoint, String body, String type, int signing, String method) throws Exception {
    Instant at = signing == 3 ? Instant.now().minus(Duration.ofMinutes(10)) : Instant.now();
    String timestamp = Long.toString(at.getEpochSecond());
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(20))
        .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (type != null) {
      request.header("Content-Type", type);
    }
    if (signing != 1) {
      request.header("X-Slack-Request-Timestamp", timestamp)
          .header("X-Slack-Signature", SignedClient.signature(signing == 2 ? "not-the-secret" : SECRET, timestamp, body));
    }
    return request.build();
  }

  /** Random text, broken JSON, Slack payloads with fields of the wrong kind, forms, 2 MB. */
  private static String body(BadInput input) {
    Random random = input.random();
    return switch (random.nextInt(10)) {
      case 0 -> input.text(40);
      case 1 -> truncated(event(input), random);
      case 2 -> random.nextInt(8) == 0 ? input.huge(2_100_000) : input.huge(100_000);
      case 3 -> "payload=" + java.net.URLEncoder.encode(truncated(event(input), random), java.nio.charset.StandardCharsets.UTF_8);
      case 4 -> "command=/mission&text=" + input.text(10) + "&user_id=&channel_id&response_url=http://127.0.0.1:1/x";
      case 5 -> "{\"type\":\"url_verification\",\"challenge\":" + jsonString(input.text(10)) + "}";
      case 6 -> "{\"type\":\"event_callback\",\"event_id\":" + oddValue(input) + ",\"event\":" + oddValue(input) + "}";
      case 7 -> "";
      default -> event(input);
    };
  }

  /** An event callback whose event is a mention, a DM or something odd, with random text and ids. */
  private static String event(BadInput input) {
    Random random = input.random();
    JsonObject event = new JsonObject();
    String[] types = {"app_mention", "message", "app_home_opened", "reaction_added", input.text(3)};
    event.addProperty("type", types[random.nextInt(types.length)]);
    event.addProperty("text", input.text(20));
    event.addProperty("user", random.nextBoolean() ? "U" + random.nextInt(9) : input.text(3));
    event.addProperty("channel", random.nextBoolean() ? "D" + random.nextInt(9) : input.text(3));
    event.addProperty("ts", random.nextBoolean() ? "1.1" : input.text(3));
    if (random.nextBoolean()) {
      event.addProperty("channel_type", random.nextBoolean() ? "im" : input.text(2));
    }
    if (random.nextBoolean()) {
      event.addProperty("thread_ts", input.text(3));
    }
    JsonObject callback = new JsonObject();
    callback.addProperty("type", "event_callback");
    callback.addProperty("team_id", "T1");
    callback.addProperty("event_id", "Fz" + random.nextInt());
    callback.add("event", event);
    return callback.toString();
  }

  private static String oddValue(BadInput input) {
    String[] values = {"null", "[]", "{}", "1e999", "-0", "true", "\"\"", "[{\"type\":\"app_mention\"}]",
        "{\"type\":null}", "{\"type\":\"app_mention\",\"text\":7,\"user\":{},\"channel\":[]}", jsonString(input.text(5))};
    return values[input.random().nextInt(values.length)];
  }

  private static String truncated(String json, Random random) {
    return json.substring(0, random.nextInt(json.length() + 1));
  }

  private static String jsonString(String text) {
    JsonObject holder = new JsonObject();
    holder.addProperty("s", text);
    String json = holder.toString();
    return json.substring(5, json.length() - 1);
  }

  /** A real mention in a channel of its own is acknowledged and answered there. */
  private static void assertStillAnswers(SlackStandIn slack, SignedClient client, int after) throws Exception {
    String channel = "CALIVE" + after;
    JsonObject event = new JsonObject();
    event.addProperty("type", "app_mention");
    event.addProperty("user", "U1");
    event.addProperty("text", "<@UBOT> How much has Canada pledged?");
    event.addProperty("ts", "500.1");
    event.addProperty("channel", channel);
    String json = "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"Alive" + after + "\",\"event\":" + event + "}";
    assertEquals(200, client.event(json).statusCode(), "acknowledged after " + (after + 1) + " fuzzed requests");
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      SlackStandIn.Call post = slack.within("/api/chat.postMessage", 200);
      if (post != null && channel.equals(post.form().get("channel"))) {
        assertTrue(post.form().get("text").contains("$123 million"), post.form().get("text"));
        return;
      }
    }
    throw new AssertionError("no answer in " + channel + " after " + (after + 1) + " fuzzed requests");
  }
}
