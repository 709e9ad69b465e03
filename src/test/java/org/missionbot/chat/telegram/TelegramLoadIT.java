package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.Checkout;
import org.missionbot.LoadFigures;
import org.missionbot.chat.MissionBot;
import org.missionbot.chat.telegram.BatchingBotApi.Sent;

/**
 * Load: 1,000 questions from 50 people through the real Telegram channel, long polling a local Bot API
 * stand-in that serves them in batches of 100. Each is answered exactly once, in its chat, as a reply
 * to its message, with the answer the bot gives; none is lost, and all are confirmed. Prints the
 * throughput and the p99 latency from an update served to its reply received.
 */
class TelegramLoadIT {

  private static final String TOKEN = "424242:LOAD-token_value-XYZ0123456789";
  private static final int USERS = 50;
  private static final int QUESTIONS = 1_000;

  @TempDir
  Path home;

  @Test
  void thousandQuestionsFromFiftyPeopleAreEachAnsweredExactlyOnce() throws Exception {
    List<String> pool = questions();
    try (MissionBot bot = RealBot.open(home); BatchingBotApi api = new BatchingBotApi(TOKEN, 100)) {
      Map<Integer, Asked> asked = deliver(api, pool);
      Map<String, List<String>> expected = pool.stream().distinct()
          .collect(Collectors.toMap(Function.identity(), q -> TelegramRenderer.answer(bot.answer(q))));
      TelegramChannel channel = TelegramChannel.create(settings(api.url()), bot);
      channel.start();
      try {
        awaitConfirmed(api, QUESTIONS + 1);
        Thread.sleep(500); // room for a duplicate to show
      } finally {
        channel.stop();
      }
      assertExactlyOnce(api, asked, expected);
      figures(api, asked).print();
      System.out.println(answerAndSend(api));
    }
  }

  /** A question sent by one person, in their private chat. */
  private record Asked(long chat, int messageId, String question) {}

  /** 20 questions from each of 50 people, interleaved at random; update i is message 5000 + i. */
  private static Map<Integer, Asked> deliver(BatchingBotApi api, List<String> pool) {
    List<Long> senders = new ArrayList<>();
    for (int i = 0; i < QUESTIONS; i++) {
      senders.add(10_000L + i % USERS);
    }
    Random random = new Random(0x10adL);
    Collections.shuffle(senders, random);
    Map<Integer, Asked> asked = new HashMap<>();
    for (int i = 0; i < QUESTIONS; i++) {
      int updateId = i + 1;
      Asked one = new Asked(senders.get(i), 5_000 + updateId, pool.get(random.nextInt(pool.size())));
      asked.put(updateId, one);
      api.deliver(updateId, update(updateId, one));
    }
    return asked;
  }

  /** One reply (of one message or, for a long answer, its parts in order) per update; nothing else sent. */
  private static void assertExactlyOnce(BatchingBotApi api, Map<Integer, Asked> asked,
                                        Map<String, List<String>> expected) {
    List<Sent> sent = api.sent();
    Map<Integer, List<Sent>> byMessage = sent.stream().collect(Collectors.groupingBy(Sent::replyTo));
    int parts = 0;
    for (Map.Entry<Integer, Asked> entry : asked.entrySet()) {
      Asked one = entry.getValue();
      List<Sent> replies = byMessage.getOrDefault(one.messageId(), List.of());
      assertEquals(expected.get(one.question()), replies.stream().map(Sent::text).toList(),
          "the reply to update " + entry.getKey() + " (" + one.question() + ")");
      for (Sent reply : replies) {
        assertEquals(one.chat(), reply.chatId(), "chat of the reply to update " + entry.getKey());
      }
      parts += replies.size();
    }
    assertEquals(parts, sent.size(), "no reply to anything else");
  }

  /** Per update, from first served to its (last) reply received. */
  private static LoadFigures figures(BatchingBotApi api, Map<Integer, Asked> asked) {
    Map<Integer, Long> received = api.sent().stream()
        .collect(Collectors.toMap(Sent::replyTo, Sent::nanos, Math::max));
    List<Long> latencies = new ArrayList<>();
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (Map.Entry<Integer, Asked> entry : asked.entrySet()) {
      Long served = api.firstServed(entry.getKey());
      long reply = received.get(entry.getValue().messageId());
      assertNotNull(served, "update " + entry.getKey() + " was answered but never served");
      latencies.add(reply - served);
      first = Math.min(first, served);
      last = Math.max(last, reply);
    }
    return new LoadFigures("Telegram, " + QUESTIONS + " questions from " + USERS + " people, long polling",
        latencies.size(), last - first, latencies);
  }

  /**
   * The mean time from "typing" to the reply in the same chat: one answer plus two Bot API calls,
   * which tells the bot's own time from the time spent waiting for a worker.
   */
  private static String answerAndSend(BatchingBotApi api) {
    Map<Long, List<Long>> typing = api.typing().stream().collect(Collectors.groupingBy(BatchingBotApi.Typing::chatId,
        Collectors.mapping(BatchingBotApi.Typing::nanos, Collectors.toList())));
    double total = 0;
    for (Sent reply : api.sent()) {
      long started = typing.get(reply.chatId()).stream().filter(t -> t <= reply.nanos()).max(Long::compare).orElseThrow();
      total += reply.nanos() - started;
    }
    return String.format(java.util.Locale.ROOT, "Telegram: typing -> reply in the same chat, mean %.1f ms "
        + "(one answer and two Bot API calls)", total / api.sent().size() / 1e6);
  }

  private static void awaitConfirmed(BatchingBotApi api, int offset) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (api.lastOffset() < offset && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(api.lastOffset() >= offset, "confirmed up to " + api.lastOffset() + " after "
        + api.sent().size() + " replies");
  }

  /** The golden and dev questions that are not follow-ups, so each has one expected answer whatever came before. */
  static List<String> questions() throws Exception {
    List<String> pool = new ArrayList<>(Checkout.questionsOf(Checkout.GOLDEN_QUESTIONS));
    pool.addAll(Checkout.questionsOf(Checkout.DEV_QUESTIONS));
    pool.removeIf(q -> q.isBlank() || q.startsWith("/")
        || q.matches("(?is)^\\s*(and|but|also|what about|how about|same for|what of)\\b.*"));
    return pool;
  }

  private static String update(int updateId, Asked one) {
    JsonObject chat = new JsonObject();
    chat.addProperty("id", one.chat());
    chat.addProperty("type", "private");
    JsonObject from = new JsonObject();
    from.addProperty("id", one.chat());
    from.addProperty("is_bot", false);
    from.addProperty("first_name", "User" + one.chat());
    JsonObject message = new JsonObject();
    message.addProperty("message_id", one.messageId());
    message.addProperty("date", 0);
    message.add("chat", chat);
    message.add("from", from);
    message.addProperty("text", one.question());
    return "{\"update_id\":" + updateId + ",\"message\":" + message + "}";
  }

  private static TelegramSettings settings(String apiUrl) {
    return TelegramSettings.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", apiUrl,
        "TELEGRAM_RATE_LIMIT", "10000"));
  }
}
