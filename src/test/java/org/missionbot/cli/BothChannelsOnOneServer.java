package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.missionbot.Checkout;
import org.missionbot.chat.Metrics;
import org.missionbot.chat.MissionBot;
import org.missionbot.config.Home;

/**
 * Slack in HTTP mode and Telegram by webhook, both configured as {@code serve} configures them and
 * mounted on the one service server with /healthz and /metrics, on a copy of the bundled articles;
 * their Web APIs are one local stand-in that records every call.
 */
final class BothChannelsOnOneServer implements AutoCloseable {

  static final String SIGNING_SECRET = "test-signing-secret";
  static final String TELEGRAM_TOKEN = "123:test-telegram-token";
  static final String WEBHOOK_SECRET = "test-webhook-secret";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final BlockingQueue<RecordedRequest> sent = new LinkedBlockingQueue<>();
  private final MockWebServer apis = new MockWebServer();
  private final MissionBot bot;
  private final ServiceServer server;
  private final List<Channels.Channel> channels;

  BothChannelsOnOneServer(Path home) throws IOException {
    apis.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answer(request);
      }
    });
    apis.start();
    MissionBot opened = null;
    ServiceServer started = null;
    try {
      Checkout.copyHome(home);
      opened = MissionBot.open(new Home(home));
      Metrics metrics = new Metrics();
      started = new ServiceServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), metrics, opened::isOpen);
      started.start();
      channels = start(home, opened, started, metrics);
    } catch (IOException | RuntimeException e) { // what was started is stopped, so a failed set-up leaks nothing
      if (started != null) {
        started.close();
      }
      if (opened != null) {
        opened.close();
      }
      apis.close();
      throw e;
    }
    bot = opened;
    server = started;
  }

  private List<Channels.Channel> start(Path home, MissionBot bot, ServiceServer server, Metrics metrics)
      throws IOException {
    List<Channels.Channel> channels = Channels.configured(Map.of(
        "SLACK_BOT_TOKEN", "xoxb-test-bot-token", "SLACK_SIGNING_SECRET", SIGNING_SECRET,
        "SLACK_API_URL", apis.url("/api/").toString(), "FEEDBACK_FILE", home.resolve("feedback.jsonl").toString(),
        "TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN, "TELEGRAM_API_URL", apis.url("/").toString(),
        "TELEGRAM_WEBHOOK_URL", "https://bot.example.org/telegram/hook", "TELEGRAM_WEBHOOK_SECRET", WEBHOOK_SECRET,
        "TELEGRAM_ANSWERED_FILE", home.resolve("data/telegram-answered.txt").toString()),
        bot, new Home(home), metrics);
    for (Channels.Channel channel : channels) {
      channel.start(server);
    }
    return channels;
  }

  MissionBot bot() {
    return bot;
  }

  @Override
  public void close() throws IOException {
    channels.reversed().forEach(Channels.Channel::stop);
    server.close();
    bot.close();
    apis.close();
  }

  /** Posts a Slack event signed with the app's signing secret. */
  HttpResponse<String> slackEvent(String json) throws Exception {
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    return http.send(post("/slack/events", json).header("X-Slack-Request-Timestamp", timestamp)
        .header("X-Slack-Signature", signature(timestamp, json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a Telegram update to the webhook with the secret token given. */
  HttpResponse<String> telegramUpdate(String json, String secret) throws Exception {
    return http.send(post("/telegram/hook", json).header("X-Telegram-Bot-Api-Secret-Token", secret).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The first call to {@code path}, waiting up to 20 seconds; calls to other paths stay for their own look. */
  RecordedRequest next(String path) throws InterruptedException {
    RecordedRequest request = poll(path, 20_000);
    assertNotNull(request, "no call to " + path);
    return request;
  }

  /** The first call to {@code path} within {@code millis}, or null. */
  RecordedRequest poll(String path, long millis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    do {
      for (RecordedRequest request : sent) {
        if (request.getUrl().encodedPath().equals(path) && sent.remove(request)) {
          return request;
        }
      }
      Thread.sleep(20);
    } while (System.nanoTime() < deadline);
    return null;
  }

  /** The Web APIs of both: Telegram's under /bot{token}/, Slack's under /api/. */
  private MockResponse answer(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    sent.add(request);
    String body = "{\"ok\":true,\"result\":true}";
    if (path.endsWith("/getMe")) {
      body = "{\"ok\":true,\"result\":{\"id\":42,\"is_bot\":true,\"first_name\":\"Mission\",\"username\":\"mission_test_bot\"}}";
    } else if (path.endsWith("/sendMessage")) {
      body = "{\"ok\":true,\"result\":{\"message_id\":9,\"date\":1700000000,\"chat\":{\"id\":101,\"type\":\"private\"}}}";
    } else if (path.equals("/api/auth.test")) {
      body = "{\"ok\":true,\"url\":\"https://t.slack.com/\",\"team\":\"Test\",\"user\":\"missionbot\","
          + "\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";
    } else if (path.startsWith("/api/")) {
      body = "{\"ok\":true,\"ts\":\"200.1\"}";
    }
    return new MockResponse(200, Headers.of("Content-Type", "application/json"), body);
  }

  private HttpRequest.Builder post(String path, String json) {
    return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static String signature(String timestamp, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
  }
}
