package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.Checkout;
import org.missionbot.FreePorts;

/**
 * {@code serve} as a process, the way a container runs it: Telegram by long polling against a local
 * stand-in, /healthz and /metrics on PORT, the healthcheck command, and a clean stop on SIGTERM.
 */
class ServeProcessIT {

  @TempDir
  Path home;

  @Test
  void serveIsHealthyWhileItRunsAndStopsOnSigterm() throws Exception {
    Checkout.copyHome(home);
    int port = FreePorts.any();
    try (MockWebServer telegram = telegramStandIn()) {
      Process serve = start(Map.of("TELEGRAM_BOT_TOKEN", "123:test-token", "TELEGRAM_API_URL", telegram.url("/").toString(),
          "PORT", Integer.toString(port)), "serve");
      try {
        List<String> err = awaitLine(serve, "channel running");
        assertTrue(err.contains("serving /healthz and /metrics on port " + port), err.toString());

        assertEquals(200, get(port, "/healthz").statusCode());
        assertTrue(get(port, "/metrics").body().contains("questions_total{channel=\"telegram\"} 0\n"));
        assertEquals(0, start(Map.of("PORT", Integer.toString(port)), "healthcheck").waitFor());

        serve.destroy();
        assertTrue(serve.waitFor(20, TimeUnit.SECONDS), "serve stops on SIGTERM");
        assertEquals(1, start(Map.of("PORT", Integer.toString(port)), "healthcheck").waitFor());
      } finally {
        serve.destroyForcibly();
      }
    }
  }

  @Test
  void halfSentRequestsAreClosedAfterTheirTimeAndHealthAnswersAgain() throws Exception {
    Checkout.copyHome(home);
    int port = FreePorts.any();
    try (MockWebServer telegram = telegramStandIn()) {
      // a container's file limit, and the request time shortened from its 10 s so the test is quick
      Process serve = start(Map.of("TELEGRAM_BOT_TOKEN", "123:test-token", "TELEGRAM_API_URL", telegram.url("/").toString(),
          "PORT", Integer.toString(port)), List.of("-Dsun.net.httpserver.maxReqTime=3"), 1024, "serve");
      List<java.net.Socket> held = new ArrayList<>();
      try {
        awaitLine(serve, "channel running");
        assertEquals(200, get(port, "/healthz").statusCode());

        long flood = System.nanoTime();
        for (int i = 0; i < 2000 && System.nanoTime() - flood < TimeUnit.SECONDS.toNanos(90); i++) {
          // more connections than the process may have files open; each one sends half a request
          try {
            java.net.Socket socket = new java.net.Socket();
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1000);
            socket.getOutputStream().write("POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n"
                .getBytes(StandardCharsets.US_ASCII));
            held.add(socket);
          } catch (IOException e) {
            // refused or closed by the server: what a connection cap does
          }
        }
        long opened = System.nanoTime();

        int status = 0;
        while (status != 200 && System.nanoTime() - opened < TimeUnit.SECONDS.toNanos(3 + 3)) {
          try {
            status = get(port, "/healthz").statusCode();
          } catch (IOException e) {
            Thread.sleep(200);
          }
        }
        assertEquals(200, status, "/healthz answers within a few seconds of the half-sent requests' time");
        assertTrue(serve.isAlive());
      } finally {
        for (java.net.Socket socket : held) {
          socket.close();
        }
        serve.destroyForcibly();
      }
    }
  }

  private Process start(Map<String, String> env, String command) throws IOException {
    return start(env, List.of(), 0, command);
  }

  /** The jar's main class as a process, with JVM options, under a limit of open files (0: the test's own). */
  private Process start(Map<String, String> env, List<String> options, int openFiles, String command) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> line = new ArrayList<>();
    if (openFiles > 0) {
      line.addAll(List.of("bash", "-c", "ulimit -n " + openFiles + " && exec \"$@\"", "bash"));
    }
    line.add(java);
    line.addAll(options);
    line.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "--home", home.toString(), command));
    ProcessBuilder builder = new ProcessBuilder(line).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().remove("SLACK_BOT_TOKEN");
    builder.environment().remove("TELEGRAM_BOT_TOKEN");
    builder.environment().put("TELEGRAM_ANSWERED_FILE", home.resolve("data/telegram-answered.txt").toString());
    builder.environment().putAll(env);
    return builder.start();
  }

  /** The standard error lines up to the first that contains {@code text}, read within 60 seconds. */
  private static List<String> awaitLine(Process process, String text) throws Exception {
    List<String> lines = new ArrayList<>();
    BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    Thread reader = Thread.ofVirtual().start(() -> {
      try {
        for (String line = err.readLine(); line != null; line = err.readLine()) {
          synchronized (lines) {
            lines.add(line);
          }
        }
      } catch (IOException e) {
        // the process ended
      }
    });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      synchronized (lines) {
        if (lines.stream().anyMatch(l -> l.contains(text))) {
          return List.copyOf(lines);
        }
      }
      Thread.sleep(100);
    }
    reader.interrupt();
    synchronized (lines) {
      throw new AssertionError("no line with '" + text + "' in " + lines);
    }
  }

  /** getMe names the bot; getUpdates waits a little and brings nothing; every other call succeeds. */
  private static MockWebServer telegramStandIn() throws IOException {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        String path = request.getUrl().encodedPath();
        String body = "{\"ok\":true,\"result\":true}";
        if (path.endsWith("/getMe")) {
          body = "{\"ok\":true,\"result\":{\"id\":42,\"is_bot\":true,\"first_name\":\"M\",\"username\":\"serve_test_bot\"}}";
        } else if (path.endsWith("/getUpdates")) {
          Thread.sleep(200);
          body = "{\"ok\":true,\"result\":[]}";
        }
        return new MockResponse(200, Headers.of("Content-Type", "application/json"), body);
      }
    });
    server.start();
    return server;
  }

  private static HttpResponse<String> get(int port, String path) throws Exception {
    try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }
  }

}
