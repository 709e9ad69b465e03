package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.answer.Answer;
import org.missionbot.chat.ChatCore;
import org.missionbot.chat.MissionBot;
import org.missionbot.chat.telegram.ScriptedBotApi.Call;
import org.missionbot.FreePorts;

/** The real bot against a scripted Bot API on MockWebServer: errors, retries, the token check, webhooks. */
class TelegramReliabilityIT {

  private static final String TOKEN = "424242:SECRET-token_value-XYZ0123456789";
  private static final String CANADA = "How much has Canada pledged?";
  private static final Backoff FAST = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1));

  @TempDir
  static Path home;
  private static MissionBot bot;
  private MockWebServer server;
  private ScriptedBotApi api;
  private TelegramChannel channel;

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

  @Test
  void floodControlRetryAfterIsWaitedOutThenTheAnswerIsSentAndOnlyThenConfirmed() throws Exception {
    api.script("sendMessage", 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry "
        + "after 1\",\"parameters\":{\"retry_after\":1}}");
    api.deliver(privateMessage(7, CANADA));
    start(Map.of());

    List<Call> sends = api.await("sendMessage", 2);

    assertTrue(sends.get(1).nanos() - sends.get(0).nanos() >= Duration.ofMillis(950).toNanos(), "waited retry_after");
    assertEquals(expected(CANADA), sends.get(1).params().get("text"));
    assertEquals("HTML", sends.get(1).params().get("parse_mode"));
    assertEquals("typing", api.calls("sendChatAction").get(0).params().get("action"));
    for (Call poll : api.calls("getUpdates")) {
      if (poll.nanos() < sends.get(1).nanos()) {
        assertTrue(Integer.parseInt(poll.params().get("offset")) <= 7, "confirmed before the reply: " + poll);
      }
    }
    awaitOffset(8);
  }

  @Test
  void serverErrorsAreRetriedWithBackoffUntilTheAnswerIsSent() throws Exception {
    api.script("sendMessage", 502, "<html><body>502 Bad Gateway</body></html>");
    api.script("sendMessage", 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
    api.deliver(privateMessage(7, CANADA));
    start(Map.of());

    List<Call> sends = api.await("sendMessage", 3);

    assertEquals(expected(CANADA), sends.get(2).params().get("text"));
    assertEquals(sends.get(0).params().get("text"), sends.get(2).params().get("text"));
  }

  @Test
  void pollingBacksOffOnServerErrorsAndCarriesOn() throws Exception {
    api.script("getUpdates", 503, "<html>Service Unavailable</html>");
    api.script("getUpdates", 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
    api.deliver(privateMessage(7, CANADA));
    start(Map.of());

    assertEquals(expected(CANADA), api.await("sendMessage", 1).get(0).params().get("text"));
  }

  @Test
  void rejectedTokenFailsStartWithAClearMessageThatHasNoToken() throws Exception {
    api.script("getMe", 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream err = System.err;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    TelegramApiException error;
    try {
      TelegramChannel rejected = TelegramChannel.create(settings(Map.of()), ChatCore.withDefaults(bot), FAST);
      error = assertThrows(TelegramApiException.class, rejected::start);
      rejected.stop();
    } finally {
      System.setErr(err);
    }

    assertEquals("Telegram getMe failed with 401: the bot token was rejected; check TELEGRAM_BOT_TOKEN "
        + "(@BotFather's /token shows it, /revoke makes a new one)", error.getMessage());
    assertFalse(String.valueOf(error).contains(TOKEN));
    assertFalse(log.toString(StandardCharsets.UTF_8).contains(TOKEN));
    assertEquals(1, api.calls("getMe").size());
  }

  @Test
  void updatesThatAreNotQuestionsNeverStopTheBot() throws Exception {
    api.deliver("{\"update_id\":1,\"edited_message\":{\"message_id\":1,\"date\":0,\"chat\":{\"id\":7,\"type\":\"private\"},"
        + "\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"Ann\"},\"text\":\"edited\"}}");
    api.deliver("{\"update_id\":2,\"channel_post\":{\"message_id\":2,\"date\":0,\"chat\":{\"id\":-9,\"type\":\"channel\"},"
        + "\"text\":\"news\"}}");
    api.deliver("{\"update_id\":3,\"message\":{\"message_id\":3,\"date\":0,\"chat\":{\"id\":-5,\"type\":\"group\"},"
        + "\"from\":{\"id\":8,\"is_bot\":false,\"first_name\":\"Bo\"},\"new_chat_members\":[{\"id\":9,\"is_bot\":false,"
        + "\"first_name\":\"Cy\"}]}}");
    api.deliver("{\"update_id\":4,\"message\":{\"message_id\":4,\"date\":0,\"chat\":{\"id\":-5,\"type\":\"group\"},"
        + "\"from\":{\"id\":8,\"is_bot\":false,\"first_name\":\"Bo\"},\"photo\":[{\"file_id\":\"p\",\"file_unique_id\":\"q\","
        + "\"width\":1,\"height\":1}]}}");
    api.deliver("{\"update_id\":5,\"message\":{\"message_id\":5,\"date\":0,\"chat\":{\"id\":7,\"type\":\"private\"},"
        + "\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"Ann\"},\"voice\":{\"file_id\":\"v\",\"file_unique_id\":\"w\","
        + "\"duration\":2}}}");
    api.deliver(privateMessage(6, CANADA));
    start(Map.of());

    List<Call> sends = api.await("sendMessage", 2);
    awaitOffset(7);

    assertEquals(ChatCore.NOT_TEXT, sends.get(0).params().get("text"));
    assertEquals(expected(CANADA), sends.get(1).params().get("text"));
    assertEquals(2, api.calls("sendMessage").size());
  }

  @Test
  void anAnsweredUpdateIsNotAnsweredAgainAfterARestart() throws Exception {
    api.deliver(privateMessage(7, CANADA));
    start(Map.of());
    api.await("sendMessage", 1);
    channel.stop();

    channel = TelegramChannel.create(settings(Map.of()), ChatCore.withDefaults(bot), FAST);
    channel.start();
    Thread.sleep(500);

    assertEquals(1, api.calls("sendMessage").size());
  }

  @Test
  void anUpdateAnsweredBeforeACrashIsNotAnsweredAgainWhenTelegramSendsItAgain(@TempDir Path data) throws Exception {
    Path record = data.resolve("telegram-answered.txt");
    api.deliver(privateMessage(7, CANADA));
    channel = TelegramChannel.create(settings(Map.of()), ChatCore.withDefaults(bot), FAST,
        AnsweredUpdates.open(record, AnsweredUpdates.CAPACITY));
    channel.start();
    api.await("sendMessage", 1);
    channel.stop();
    // as after kill -9 before the offset was confirmed: Telegram sends the update again
    api.deliver(privateMessage(7, CANADA));
    api.deliver(privateMessage(8, "Who is Jimmy Cherizier?"));

    channel = TelegramChannel.create(settings(Map.of()), ChatCore.withDefaults(bot), FAST,
        AnsweredUpdates.open(record, AnsweredUpdates.CAPACITY));
    channel.start();
    List<Call> sends = api.await("sendMessage", 2);
    Thread.sleep(500);

    assertEquals(2, api.calls("sendMessage").size(), "7 once, 8 once");
    assertEquals(expected("Who is Jimmy Cherizier?"), sends.get(1).params().get("text"));
    awaitOffset(9);
  }

  @Test
  void aWebhookUpdatePostedThreeTimesIsAnsweredOnce() throws Exception {
    int port = FreePorts.any();
    start(Map.of("TELEGRAM_WEBHOOK_URL", "http://127.0.0.1:" + port + "/telegram/hook",
        "TELEGRAM_WEBHOOK_SECRET", "right-secret", "PORT", String.valueOf(port)));
    api.await("setWebhook", 1);
    URI hook = URI.create("http://127.0.0.1:" + port + "/telegram/hook");

    for (int i = 0; i < 3; i++) {
      assertEquals(200, post(hook, "right-secret", privateMessage(9, CANADA)));
    }

    api.await("sendMessage", 1);
    Thread.sleep(500);
    assertEquals(1, api.calls("sendMessage").size());
  }

  @Test
  void stopFinishesTheAnswerUnderWayWithinTenSeconds() throws Exception {
    api.deliver(privateMessage(7, CANADA));
    api.script("sendMessage", 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
    start(Map.of());
    api.await("sendMessage", 1);

    long started = System.nanoTime();
    channel.stop();
    channel = null;

    assertTrue(System.nanoTime() - started < Duration.ofSeconds(10).toNanos());
    assertEquals(expected(CANADA), api.calls("sendMessage").get(1).params().get("text"));
    assertEquals("8", api.calls("getUpdates").getLast().params().get("offset"));
  }

  @Test
  void askingFasterThanTheRateLimitGetsThePoliteRefusal() throws Exception {
    api.deliver(privateMessage(7, CANADA));
    api.deliver(privateMessage(8, "Who is Jimmy Cherizier?"));
    channel = TelegramChannel.create(settings(Map.of("TELEGRAM_RATE_LIMIT", "1")), bot);
    channel.start();

    List<Call> sends = api.await("sendMessage", 2);

    assertEquals(expected(CANADA), sends.get(0).params().get("text"));
    assertEquals(ChatCore.RATE_LIMITED, sends.get(1).params().get("text"));
  }

  @Test
  void aSlowAnswerInOneChatDoesNotHoldUpAnotherChat() throws Exception {
    api.script("sendMessage", 7, 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
    api.deliver(privateMessage(7, CANADA));
    api.deliver("{\"update_id\":8,\"message\":{\"message_id\":8,\"date\":0,\"chat\":{\"id\":99,\"type\":\"private\"},"
        + "\"from\":{\"id\":99,\"is_bot\":false,\"first_name\":\"Bo\"},\"text\":\"/about\"}}");
    channel = TelegramChannel.create(settings(Map.of()), ChatCore.withDefaults(bot),
        new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(2)));
    channel.start();

    List<Call> sends = api.await("sendMessage", 3);

    List<Call> slow = sends.stream().filter(c -> c.params().get("chat_id").equals("7")).toList();
    Call other = sends.stream().filter(c -> c.params().get("chat_id").equals("99")).findFirst().orElseThrow();
    assertEquals(ChatCore.ABOUT, other.params().get("text"));
    assertEquals(expected(CANADA), slow.get(1).params().get("text"));
    assertTrue(slow.get(1).nanos() - slow.get(0).nanos() >= Duration.ofMillis(1900).toNanos(), "backed off");
    assertTrue(other.nanos() < slow.get(1).nanos(), "the other chat was answered while the first waited");
  }

  @Test
  void aChatThrottledByTelegramGivesItsAnsweringSlotToTheOtherChats() throws Exception {
    api.script("sendMessage", 7, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry "
        + "after 3\",\"parameters\":{\"retry_after\":3}}");
    api.deliver(privateMessage(7, CANADA));
    api.deliver("{\"update_id\":8,\"message\":{\"message_id\":8,\"date\":0,\"chat\":{\"id\":99,\"type\":\"private\"},"
        + "\"from\":{\"id\":99,\"is_bot\":false,\"first_name\":\"Bo\"},\"text\":\"/about\"}}");
    // one answering slot: before, the throttled chat's worker slept with it and the other chat waited 3 s
    channel = TelegramChannel.create(settings(Map.of("TELEGRAM_MAX_CONCURRENT", "1")), ChatCore.withDefaults(bot), FAST);
    channel.start();

    List<Call> sends = api.await("sendMessage", 3);

    List<Call> throttled = sends.stream().filter(c -> c.params().get("chat_id").equals("7")).toList();
    Call other = sends.stream().filter(c -> c.params().get("chat_id").equals("99")).findFirst().orElseThrow();
    assertEquals(ChatCore.ABOUT, other.params().get("text"));
    assertEquals(expected(CANADA), throttled.get(1).params().get("text"));
    assertTrue(throttled.get(1).nanos() - throttled.get(0).nanos() >= Duration.ofMillis(2900).toNanos(), "waited it out");
    assertTrue(other.nanos() < throttled.get(1).nanos(), "the other chat was answered while the first waited");
    assertTrue(other.nanos() - throttled.get(0).nanos() < Duration.ofSeconds(2).toNanos(), "and at once");
    awaitOffset(9);
  }

  /**
   * A chat waiting out Telegram's retry_after holds neither an answering slot nor a thread: with one
   * slot, eight chats told to wait 5 s do not hold up a ninth. Before, four threads a slot slept
   * through the wait, and a fifth throttled chat or any other queued behind them.
   */
  @Test
  void anyNumberOfThrottledChatsWaitWithoutHoldingUpAnother() throws Exception {
    for (int chat = 101; chat <= 108; chat++) {
      api.script("sendMessage", chat, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: "
          + "retry after 5\",\"parameters\":{\"retry_after\":5}}");
      api.deliver(about(chat));
    }
    api.deliver(about(200));
    channel = TelegramChannel.create(settings(Map.of("TELEGRAM_MAX_CONCURRENT", "1")), ChatCore.withDefaults(bot), FAST);
    channel.start();

    List<Call> sends = api.await("sendMessage", 9); // eight refused tries and the ninth chat's answer
    Call free = api.calls("sendMessage").stream().filter(c -> "200".equals(c.params().get("chat_id"))).findFirst()
        .orElseThrow(() -> new AssertionError("the ninth chat was not answered with the others waiting: " + sends.size()));
    long firstRefusal = sends.stream().mapToLong(Call::nanos).min().orElseThrow();
    assertTrue(free.nanos() - firstRefusal < Duration.ofSeconds(3).toNanos(), "answered while they wait");
    assertEquals(17, api.await("sendMessage", 17).size(), "and then each of the eight, once");
  }

  /**
   * With a durable record, the offset passes an update that waits (here out a 20 s retry_after): it is
   * journaled first. Before, getUpdates kept returning the oldest 100 updates from the waiting one on,
   * and every chat past those 100 waited the 20 s too.
   */
  @Test
  void aThrottledChatDoesNotHoldUpTheUpdatesBehindIt(@TempDir Path data) throws Exception {
    api.script("sendMessage", 7, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry "
        + "after 20\",\"parameters\":{\"retry_after\":20}}");
    api.deliver(privateMessage(7, CANADA));
    for (int id = 8; id < 158; id++) {
      api.deliver(about(id));
    }
    channel = TelegramChannel.create(settings(Map.of()), ChatCore.withDefaults(bot), FAST,
        AnsweredUpdates.open(data.resolve("telegram-answered.txt"), AnsweredUpdates.CAPACITY));
    channel.start();

    List<Call> sends = api.await("sendMessage", 151); // 7's refused try and the 150 others
    assertEquals(150, sends.stream().filter(c -> ChatCore.ABOUT.equals(c.params().get("text"))).count());
    awaitOffset(158); // 7 is kept in the journal, not held back by the offset
    assertEquals(1, api.calls("sendMessage").stream().filter(c -> "7".equals(c.params().get("chat_id"))).count(),
        "7 is still waiting");
  }

  @Test
  void anAnswerStillWaitingAtStopIsLeftUnconfirmedSoTheNextRunAnswersIt() throws Exception {
    api.script("sendMessage", 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry "
        + "after 30\",\"parameters\":{\"retry_after\":30}}");
    api.deliver(privateMessage(7, CANADA));
    start(Map.of());
    api.await("sendMessage", 1);

    long started = System.nanoTime();
    channel.stop();
    assertTrue(System.nanoTime() - started < Duration.ofSeconds(10).toNanos());
    assertEquals("7", api.calls("getUpdates").getLast().params().get("offset"));

    start(Map.of());
    List<Call> sends = api.await("sendMessage", 2);
    assertEquals(expected(CANADA), sends.get(1).params().get("text"));
  }

  @Test
  void anAnswerStillWaitingAtStopIsKeptInTheJournalAndTheNextRunAnswersItOnce(@TempDir Path data) throws Exception {
    Path record = data.resolve("telegram-answered.txt");
    api.script("sendMessage", 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry "
        + "after 30\",\"parameters\":{\"retry_after\":30}}");
    api.deliver(privateMessage(7, CANADA));
    channel = TelegramChannel.create(settings(Map.of()), ChatCore.withDefaults(bot), FAST,
        AnsweredUpdates.open(record, AnsweredUpdates.CAPACITY));
    channel.start();
    api.await("sendMessage", 1);
    awaitOffset(8); // kept, so passed while it waits

    channel.stop();
    assertEquals("8", api.calls("getUpdates").getLast().params().get("offset"), "confirmed: Telegram forgets it");

    channel = TelegramChannel.create(settings(Map.of()), ChatCore.withDefaults(bot), FAST,
        AnsweredUpdates.open(record, AnsweredUpdates.CAPACITY));
    channel.start();
    List<Call> sends = api.await("sendMessage", 2);
    assertEquals(expected(CANADA), sends.get(1).params().get("text"), "answered from the journal");
    channel.stop();

    channel = TelegramChannel.create(settings(Map.of()), ChatCore.withDefaults(bot), FAST,
        AnsweredUpdates.open(record, AnsweredUpdates.CAPACITY));
    channel.start();
    Thread.sleep(500);
    assertEquals(2, api.calls("sendMessage").size(), "and not again by the run after");
  }

  @Test
  void inlineQueryOffersEachQuoteAsAChoice() throws Exception {
    api.deliver("{\"update_id\":1,\"inline_query\":{\"id\":\"iq1\",\"from\":{\"id\":7,\"is_bot\":false,"
        + "\"first_name\":\"Ann\"},\"query\":\"" + CANADA + "\",\"offset\":\"\"}}");
    start(Map.of());

    Call call = api.await("answerInlineQuery", 1).get(0);

    assertEquals("iq1", call.params().get("inline_query_id"));
    JsonArray results = JsonParser.parseString(call.params().get("results")).getAsJsonArray();
    List<InlineChoice> choices = TelegramRenderer.inline(bot.answer(CANADA));
    assertEquals(choices.size(), results.size());
    for (int i = 0; i < choices.size(); i++) {
      JsonObject result = results.get(i).getAsJsonObject();
      assertEquals(choices.get(i).title(), result.get("title").getAsString());
      assertEquals(choices.get(i).description(), result.get("description").getAsString());
      JsonObject content = result.getAsJsonObject("input_message_content");
      assertEquals(choices.get(i).html(), content.get("message_text").getAsString());
      assertEquals("HTML", content.get("parse_mode").getAsString());
    }
  }

  @Test
  void webhookIsRegisteredWithItsSecretAndRejectsRequestsWithoutIt() throws Exception {
    int port = FreePorts.any();
    start(Map.of("TELEGRAM_WEBHOOK_URL", "http://127.0.0.1:" + port + "/telegram/hook",
        "TELEGRAM_WEBHOOK_SECRET", "right-secret", "PORT", String.valueOf(port)));
    Call registered = api.await("setWebhook", 1).get(0);
    assertEquals("http://127.0.0.1:" + port + "/telegram/hook", registered.params().get("url"));
    assertEquals("right-secret", registered.params().get("secret_token"));

    URI hook = URI.create("http://127.0.0.1:" + port + "/telegram/hook");
    assertEquals(403, post(hook, "wrong-secret", privateMessage(7, CANADA)));
    assertEquals(403, post(hook, null, privateMessage(8, CANADA)));
    assertEquals(200, post(hook, "right-secret", privateMessage(9, CANADA)));

    List<Call> sends = api.await("sendMessage", 1);
    Thread.sleep(300);
    assertEquals(1, api.calls("sendMessage").size());
    assertEquals(expected(CANADA), sends.get(0).params().get("text"));
    assertTrue(sends.get(0).params().get("reply_parameters").contains("\"message_id\":9"));
    assertEquals(List.of(), api.calls("getUpdates"));
  }

  private void start(Map<String, String> extra) throws Exception {
    channel = TelegramChannel.create(settings(extra), ChatCore.withDefaults(bot), FAST);
    channel.start();
  }

  private TelegramSettings settings(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(extra);
    env.put("TELEGRAM_BOT_TOKEN", TOKEN);
    env.put("TELEGRAM_API_URL", "http://127.0.0.1:" + server.getPort());
    return TelegramSettings.fromEnv(env);
  }

  private void awaitOffset(int offset) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (System.nanoTime() < deadline) {
      if (api.calls("getUpdates").stream().anyMatch(c -> String.valueOf(offset).equals(c.params().get("offset")))) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("never polled with offset " + offset);
  }

  private static String expected(String question) {
    Answer answer = bot.answer(question);
    return TelegramRenderer.answer(answer).get(0);
  }

  /** A private text message whose update and message ids are both {@code id}. */
  private static String privateMessage(int id, String text) {
    return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":0,"
        + "\"chat\":{\"id\":7,\"type\":\"private\"},\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"Ann\"},"
        + "\"text\":\"" + text + "\"}}";
  }

  /** /about from a chat of its own, update and chat ids both {@code id}. */
  private static String about(int id) {
    return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":0,\"chat\":{\"id\":" + id
        + ",\"type\":\"private\"},\"from\":{\"id\":" + id + ",\"is_bot\":false,\"first_name\":\"Bo\"},\"text\":\"/about\"}}";
  }

  private static int post(URI hook, String secret, String update) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(hook).timeout(Duration.ofSeconds(5))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(update));
    if (secret != null) {
      request.header(WebhookServer.SECRET_HEADER, secret);
    }
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
  }

}
