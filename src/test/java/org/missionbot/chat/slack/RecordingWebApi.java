package org.missionbot.chat.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Slack Web API stand-in for load, on the JDK's HTTP server on 127.0.0.1 (MockWebServer takes some
 * 45 ms a call on the test machine, which would measure the stand-in rather than the bot): answers
 * auth.test for a bot called UBOT, accepts every other call, and records each chat.postMessage with
 * the time it came.
 */
final class RecordingWebApi implements AutoCloseable {

  /** One chat.postMessage: its form fields, and when it came (System.nanoTime()). */
  record Post(Map<String, String> form, long nanos) {}

  private static final String AUTH_TEST = "{\"ok\":true,\"url\":\"https://t.slack.com/\",\"team\":\"Test\","
      + "\"user\":\"missionbot\",\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";

  private final List<Post> posts = new CopyOnWriteArrayList<>();
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final HttpServer server;

  RecordingWebApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  /** The Web API's address, for SLACK_API_URL. */
  String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  List<Post> posts() {
    return List.copyOf(posts);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String path = exchange.getRequestURI().getPath();
      String reply = "{\"ok\":true,\"ts\":\"200.1\"}";
      if (path.equals("/api/auth.test")) {
        reply = AUTH_TEST;
      } else if (path.equals("/api/chat.postMessage")) {
        posts.add(new Post(form(body), System.nanoTime()));
      }
      byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static Map<String, String> form(String body) {
    return org.missionbot.FormBody.fields(body);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
