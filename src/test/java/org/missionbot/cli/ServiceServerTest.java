package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.missionbot.chat.Metrics;

/**
 * The service's own answers (health, metrics, not found) reach a client that sent a body along: the
 * server reads it first, else it closes the connection under a client still sending it.
 */
class ServiceServerTest {

  private static final String BODY = "x".repeat(900_000);

  @Test
  void everyAnswerReachesAClientStillSendingABody() throws Exception {
    try (ServiceServer server = new ServiceServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        new Metrics(), () -> true); HttpClient http = HttpClient.newHttpClient()) {
      server.start();
      for (int i = 0; i < 10; i++) {
        assertEquals(200, post(http, server.port(), ServiceServer.HEALTH).statusCode());
        assertEquals(200, post(http, server.port(), ServiceServer.METRICS).statusCode());
        assertEquals(404, post(http, server.port(), "/nowhere").statusCode());
        assertEquals(404, post(http, server.port(), ServiceServer.HEALTH + "/more").statusCode());
      }
    }
  }

  @Test
  void aChannelMountedAtTheRootAnswersEveryOtherPath() throws Exception {
    try (ServiceServer server = new ServiceServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        new Metrics(), () -> true); HttpClient http = HttpClient.newHttpClient()) {
      server.mount("/", exchange -> {
        try (exchange) {
          exchange.getRequestBody().readAllBytes();
          byte[] text = "hook".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(202, text.length);
          exchange.getResponseBody().write(text);
        }
      });
      server.start();
      HttpResponse<String> hook = post(http, server.port(), "/anything");
      assertEquals(202, hook.statusCode());
      assertEquals("hook", hook.body());
      assertEquals(200, post(http, server.port(), ServiceServer.HEALTH).statusCode(), "health is still its own");
    }
  }

  private static HttpResponse<String> post(HttpClient http, int port, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .POST(HttpRequest.BodyPublishers.ofString(BODY)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
