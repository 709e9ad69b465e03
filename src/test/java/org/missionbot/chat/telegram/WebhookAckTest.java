package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import com.pengrad.telegrambot.model.Update;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The webhook acknowledges an update only once it is answered, so that Telegram posts again what a
 * stop or a crash cut short: 200 after the answer, 503 for an answer given back unanswered or when the
 * workers take no more.
 */
class WebhookAckTest {

  private static final String SECRET = "ack-secret";
  private static final String UPDATE = "{\"update_id\":5,\"message\":{\"message_id\":1,\"date\":0,"
      + "\"chat\":{\"id\":7,\"type\":\"private\"},\"text\":\"hello\"}}";

  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private WebhookServer webhook;

  @AfterEach
  void stop() {
    if (webhook != null) {
      webhook.stop();
    }
    pool.shutdownNow();
  }

  @Test
  void theUpdateIsAcknowledgedOnlyAfterItsAnswer() throws Exception {
    AtomicLong answeredAt = new AtomicLong();
    int port = start(update -> {
      sleep(300);
      answeredAt.set(System.nanoTime());
    });
    HttpResponse<Void> response = post(port);
    long acknowledgedAt = System.nanoTime();
    assertEquals(200, response.statusCode());
    assertTrue(answeredAt.get() > 0 && answeredAt.get() <= acknowledgedAt, "answered before the 200");
  }

  @Test
  void anAnswerGivenBackUnansweredIsNotAcknowledged() throws Exception {
    int port = start(update -> Thread.currentThread().interrupt()); // what a stop does to an answer under way
    assertEquals(503, post(port).statusCode());
  }

  @Test
  void whenTheWorkersTakeNoMoreTheUpdateIsNotAcknowledged() throws Exception {
    int port = start(update -> { });
    pool.shutdown();
    assertEquals(503, post(port).statusCode());
  }

  /**
   * A refusal (wrong method, wrong secret) sent before the body is read reaches a client still sending
   * it: the server reads the body first, else it closes the connection under the client (a reset, not
   * an answer). Bodies of 900 kB, under the 1 MB limit, so the client is still sending when refused.
   */
  @Test
  void aRefusalReachesAClientStillSendingItsBody() throws Exception {
    int port = start(update -> { });
    String body = "x".repeat(900_000);
    try (HttpClient http = HttpClient.newHttpClient()) {
      for (int i = 0; i < 10; i++) {
        assertEquals(405, status(http, hook(port, SECRET).PUT(HttpRequest.BodyPublishers.ofString(body))));
        assertEquals(403, status(http, hook(port, "not-the-secret").POST(HttpRequest.BodyPublishers.ofString(body))));
      }
    }
  }

  /**
   * A body over the 1 MB limit, declared or streamed without a length, gets its 413: a few megabytes
   * are read before the refusal, so the client sees it instead of a reset.
   */
  @Test
  void aTooLargeBodyGetsItsRefusal() throws Exception {
    int port = start(update -> { });
    String body = "x".repeat(3_000_000);
    try (HttpClient http = HttpClient.newHttpClient()) {
      for (int i = 0; i < 10; i++) {
        assertEquals(413, status(http, hook(port, SECRET).POST(HttpRequest.BodyPublishers.ofString(body))));
        assertEquals(413, status(http, hook(port, SECRET).POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))))),
            "a body without a Content-Length");
      }
    }
  }

  /** A request to the webhook with the secret header given; the method and body are the caller's. */
  private static HttpRequest.Builder hook(int port, String secret) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hook")).header(WebhookServer.SECRET_HEADER, secret);
  }

  private static int status(HttpClient http, HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private int start(Consumer<Update> responder) throws Exception {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      int port = socket.getLocalPort();
      socket.close();
      webhook = WebhookServer.start(port, "/hook", org.missionbot.config.Secret.of(SECRET), new Lanes(pool, 2), responder);
      return port;
    }
  }

  private static HttpResponse<Void> post(int port) throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hook"))
          .header(WebhookServer.SECRET_HEADER, SECRET).POST(HttpRequest.BodyPublishers.ofString(UPDATE)).build(),
          HttpResponse.BodyHandlers.discarding());
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
