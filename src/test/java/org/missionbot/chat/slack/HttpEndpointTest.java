package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The endpoint's refusals reach a client still sending its body: the body is read before the answer,
 * else the server closes the connection under the client, which sees a reset instead of the status.
 */
class HttpEndpointTest {

  @Test
  void aRefusalReachesAClientStillSendingItsBody() throws Exception {
    HttpEndpoint endpoint = new HttpEndpoint(new App(AppConfig.builder().singleTeamBotToken("xoxb-test")
        .signingSecret("test-secret").build()));
    endpoint.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    String base = "http://127.0.0.1:" + endpoint.port();
    String body = "x".repeat(900_000); // under the 1 MB the endpoint reads
    try (HttpClient http = HttpClient.newHttpClient()) {
      for (int i = 0; i < 10; i++) {
        HttpRequest put = HttpRequest.newBuilder(URI.create(base + HttpEndpoint.PATH))
            .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        assertEquals(404, http.send(put, HttpResponse.BodyHandlers.discarding()).statusCode(), "a PUT");
        HttpRequest elsewhere = HttpRequest.newBuilder(URI.create(base + HttpEndpoint.PATH + "/elsewhere"))
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        assertEquals(404, http.send(elsewhere, HttpResponse.BodyHandlers.discarding()).statusCode(), "another path");
        HttpRequest unsigned = HttpRequest.newBuilder(URI.create(base + HttpEndpoint.PATH))
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        assertEquals(401, http.send(unsigned, HttpResponse.BodyHandlers.discarding()).statusCode(), "unsigned");
      }
      String large = "x".repeat(3_000_000); // over the 1 MB limit: refused, but read first
      for (int i = 0; i < 10; i++) {
        HttpRequest declared = HttpRequest.newBuilder(URI.create(base + HttpEndpoint.PATH))
            .POST(HttpRequest.BodyPublishers.ofString(large)).build();
        assertEquals(413, http.send(declared, HttpResponse.BodyHandlers.discarding()).statusCode(), "too large");
        HttpRequest streamed = HttpRequest.newBuilder(URI.create(base + HttpEndpoint.PATH))
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                large.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).build();
        assertEquals(413, http.send(streamed, HttpResponse.BodyHandlers.discarding()).statusCode(),
            "too large, without a Content-Length");
      }
    } finally {
      endpoint.stop();
    }
  }
}
