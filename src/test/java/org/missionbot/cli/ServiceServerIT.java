package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.missionbot.BundledBot;
import org.missionbot.chat.ChatCore;
import org.missionbot.chat.Metrics;

/** The service's server on 127.0.0.1: /healthz, /metrics after real questions, and the healthcheck command. */
class ServiceServerIT {

  @RegisterExtension
  static final BundledBot BUNDLED = new BundledBot();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Metrics metrics = new Metrics();
  private final AtomicBoolean healthy = new AtomicBoolean(true);
  private ServiceServer server;

  @BeforeEach
  void startServer() throws IOException {
    server = new ServiceServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), metrics,
        () -> healthy.get() && BUNDLED.bot().isOpen());
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthzIsOkWhileHealthyAndUnavailableOtherwise() throws Exception {
    HttpResponse<String> ok = get("/healthz");
    assertEquals(200, ok.statusCode());
    assertEquals("{\"status\":\"ok\"}\n", ok.body());

    healthy.set(false);
    HttpResponse<String> down = get("/healthz");
    assertEquals(503, down.statusCode());
    assertEquals("{\"status\":\"unavailable\"}\n", down.body());
  }

  @Test
  void metricsCountTheQuestionsOfEachChannelAskedThroughTheChatCore() throws Exception {
    ChatCore telegram = ChatCore.withDefaults(BUNDLED.bot()).observedAs("telegram", metrics);
    ChatCore slack = ChatCore.withDefaults(BUNDLED.bot()).observedAs("slack", metrics);
    ChatCore.withDefaults(BUNDLED.bot()).observedAs("console", metrics);
    telegram.ask("tg:101", "101", "How much has Canada pledged?");
    telegram.ask("tg:102", "102", " ");
    slack.ask("slack:C1:100.1", "U1", "Who is Jimmy Cherizier?");

    HttpResponse<String> response = get("/metrics");

    assertEquals(200, response.statusCode());
    assertEquals("text/plain; version=0.0.4; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
    List<String> lines = response.body().lines().toList();
    for (String expected : List.of(
        "# TYPE questions_total counter",
        "questions_total{channel=\"telegram\"} 2",
        "answered_total{channel=\"telegram\"} 1",
        "not_answered_total{channel=\"telegram\"} 1",
        "errors_total{channel=\"telegram\"} 0",
        "questions_total{channel=\"slack\"} 1",
        "answered_total{channel=\"slack\"} 1",
        "questions_total{channel=\"console\"} 0",
        "# TYPE answer_latency_seconds histogram",
        "answer_latency_seconds_bucket{channel=\"telegram\",le=\"+Inf\"} 2",
        "answer_latency_seconds_count{channel=\"telegram\"} 2",
        "answer_latency_seconds_bucket{channel=\"slack\",le=\"+Inf\"} 1",
        "answer_latency_seconds_count{channel=\"slack\"} 1")) {
      assertTrue(lines.contains(expected), expected + " in\n" + response.body());
    }
    assertTrue(lines.stream().anyMatch(l -> l.matches("answer_latency_seconds_bucket\\{channel=\"slack\",le=\"10\\.0\"} 1")));
    assertTrue(lines.stream().anyMatch(l -> l.matches("answer_latency_seconds_sum\\{channel=\"telegram\"} [0-9.E-]+")));
  }

  @Test
  void otherPathsAreNotFound() throws Exception {
    assertEquals(404, get("/healthz/extra").statusCode());
    assertEquals(404, get("/").statusCode());
  }

  @Test
  void healthcheckCommandExitsZeroWhenHealthyAndOneOtherwise() {
    String port = Integer.toString(server.port());
    assertEquals(0, Main.commandLine().execute("healthcheck", "--port", port));

    healthy.set(false);
    assertEquals(1, Main.commandLine().execute("healthcheck", "--port", port));

    server.close();
    assertEquals(1, Main.commandLine().execute("healthcheck", "--port", port));
  }
}
