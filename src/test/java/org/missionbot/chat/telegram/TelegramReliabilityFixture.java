package org.missionbot.chat.telegram;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.answer.Answer;
import org.missionbot.chat.ChatCore;
import org.missionbot.chat.MissionBot;

/**
 * The real bot against a scripted Bot API on MockWebServer (127.0.0.1), for the tests of how it copes
 * with errors, retries, throttling, restarts and webhooks.
 *
 * <p>Each test class opens its own bot over a copy of the articles; each test gets its own scripted
 * server, and the channel it started is stopped after it.
 */
abstract class TelegramReliabilityFixture {

  static final String TOKEN = "424242:SECRET-token_value-XYZ0123456789";
  static final String CANADA = "How much has Canada pledged?";
  static final Backoff FAST = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1));

  @TempDir
  static Path home;
  static MissionBot bot;
  MockWebServer server;
  ScriptedBotApi api;
  TelegramChannel channel;

  @BeforeAll
  static void openBot() throws Exception {
    bot = RealBot.open(home);
  }

  @AfterAll
  static void closeBot() throws Exception {
    bot.close();
  }

  @BeforeEach
  void startServer() throws Exception {
    server = new MockWebServer();
    api = new ScriptedBotApi(TOKEN);
    server.setDispatcher(api);
    server.start(java.net.InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stopAll() throws Exception {
    if (channel != null) {
      channel.stop();
    }
    server.close();
  }

  void start(Map<String, String> extra) throws Exception {
    channel = TelegramChannel.create(settings(extra), ChatCore.withDefaults(bot), FAST);
    channel.start();
  }

  TelegramSettings settings(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(extra);
    env.put("TELEGRAM_BOT_TOKEN", TOKEN);
    env.put("TELEGRAM_API_URL", "http://127.0.0.1:" + server.getPort());
    return TelegramSettings.fromEnv(env);
  }

  void awaitOffset(int offset) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (System.nanoTime() < deadline) {
      if (api.calls("getUpdates").stream().anyMatch(c -> String.valueOf(offset).equals(c.params().get("offset")))) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("never polled with offset " + offset);
  }

  static String expected(String question) {
    Answer answer = bot.answer(question);
    return TelegramRenderer.answer(answer).get(0);
  }

  /** A private text message whose update and message ids are both {@code id}. */
  static String privateMessage(int id, String text) {
    return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":0,"
        + "\"chat\":{\"id\":7,\"type\":\"private\"},\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"Ann\"},"
        + "\"text\":\"" + text + "\"}}";
  }
}
