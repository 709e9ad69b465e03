package org.missionbot.chat.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.missionbot.chat.http.HttpMount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP mode on the JDK's web server: events, commands and interactions are POSTed to
 * {@value #PATH} and handed to the Bolt app, which verifies each request's signature and timestamp
 * (401 when bad or stale) before anything else. Mounted on the service's server, or on one of its own.
 */
final class HttpEndpoint implements HttpHandler {

  static final String PATH = "/slack/events";
  private static final Logger LOG = LoggerFactory.getLogger(HttpEndpoint.class);
  /** How far a request's signed time may be from now, either way: Slack's five minutes. */
  static final long WINDOW_SECONDS = 300;

  /** One line a minute at most about refused requests, however many come: they are anyone's to send. */
  private final Throttle refusals = new Throttle(java.time.Duration.ofMinutes(1), java.time.Clock.systemUTC());
  private final App app;
  private final SlackRequestParser parser;
  private final SlackSignature.Verifier verifier;
  private HttpServer server;
  private ExecutorService threads;

  HttpEndpoint(App app) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.verifier = new SlackSignature.Verifier(new SlackSignature.Generator(app.config().getSigningSecret()));
  }

  /** Serves {@value #PATH} on a server of its own at the address. */
  void listen(InetSocketAddress address) throws IOException {
    server = HttpServer.create(address, 0);
    threads = Executors.newVirtualThreadPerTaskExecutor();
    server.createContext(PATH, this);
    server.setExecutor(threads);
    server.start();
  }

  /** The port of its own server (the one picked when it was asked for port 0), or -1 when mounted. */
  int port() {
    return server == null ? -1 : server.getAddress().getPort();
  }

  /** Stops its own server, giving the requests in progress a second to finish. */
  void stop() {
    if (server != null) {
      server.stop(1);
      threads.shutdown();
    }
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod()) || !PATH.equals(exchange.getRequestURI().getPath())) {
        HttpMount.discardBody(exchange);
        send(exchange, Response.builder().statusCode(404).contentType("text/plain").body("not found").build());
        return;
      }
      Response response;
      byte[] body = HttpMount.readBody(exchange); // before any answer, even a refusal
      if (body == null) {
        response = tooLarge();
      } else if (outsideWindow(exchange.getRequestHeaders().getFirst("X-Slack-Request-Timestamp"))) {
        response = Response.builder().statusCode(401).contentType("text/plain").body("invalid timestamp").build();
      } else {
        Request<?> request = parse(exchange, body);
        response = request != null ? run(request) : unreadable(exchange, body);
      }
      if (response.getStatusCode() == 401) {
        logRefusal(exchange);
      }
      send(exchange, response);
    }
  }

  /** Logs a refused request in one short line, at most once a minute, with how many were refused meanwhile. */
  private void logRefusal(HttpExchange exchange) {
    long refused = refusals.tryPass();
    if (refused > 0) {
      LOG.warn("refused {} Slack request(s) with a bad signature or timestamp since the last such line; the last from {}",
          refused, exchange.getRemoteAddress().getAddress().getHostAddress());
    }
  }

  /**
   * Whether a signed time is more than {@link #WINDOW_SECONDS} from now, in the past or in the future (a
   * request dated ahead would otherwise stay valid for as long as its date lies ahead). A missing or
   * unreadable time is left to Bolt's verification, which refuses it.
   */
  static boolean outsideWindow(String timestamp) {
    if (timestamp == null) {
      return false;
    }
    try {
      return Math.abs(java.time.Instant.now().getEpochSecond() - Long.parseLong(timestamp.strip())) > WINDOW_SECONDS;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Response tooLarge() {
    return Response.builder().statusCode(413).contentType("text/plain").body("request too large").build();
  }

  /** A body Bolt cannot read: 401 unless it is signed right (Slack's own checks come first), else 400. */
  private Response unreadable(HttpExchange exchange, byte[] body) {
    String timestamp = exchange.getRequestHeaders().getFirst("X-Slack-Request-Timestamp");
    String signature = exchange.getRequestHeaders().getFirst("X-Slack-Signature");
    boolean signed = timestamp != null && signature != null && verifier.isValid(timestamp,
        new String(body, StandardCharsets.UTF_8), signature);
    return Response.builder().statusCode(signed ? 400 : 401).contentType("text/plain")
        .body(signed ? "not a Slack request" : "invalid signature").build();
  }

  /** The request as Bolt reads it, or null when its body is no Slack payload (malformed JSON, a cut-off form). */
  private Request<?> parse(HttpExchange exchange, byte[] body) {
    try {
      return parser.parse(SlackRequestParser.HttpRequest.builder()
          .requestUri(PATH)
          .queryString(Map.of())
          .headers(new RequestHeaders(headers(exchange)))
          .requestBody(new String(body, StandardCharsets.UTF_8))
          .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
          .build());
    } catch (RuntimeException e) {
      return null;
    }
  }

  private Response run(Request<?> request) {
    if (request == null) {
      return Response.builder().statusCode(400).contentType("text/plain").body("not a Slack request").build();
    }
    try {
      return app.run(request);
    } catch (Exception e) {
      LOG.error("Bolt failed on a {} request: {}", request.getRequestType(), e.toString());
      return Response.builder().statusCode(500).contentType("text/plain").body("error").build();
    }
  }

  private static Map<String, List<String>> headers(HttpExchange exchange) {
    Map<String, List<String>> headers = new HashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
    return headers;
  }

  private static void send(HttpExchange exchange, Response response) throws IOException {
    byte[] body = response.getBody() == null ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
    if (response.getContentType() != null) {
      exchange.getResponseHeaders().set("Content-Type", response.getContentType());
    }
    if (response.getHeaders() != null) {
      response.getHeaders().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
    }
    exchange.sendResponseHeaders(response.getStatusCode(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
