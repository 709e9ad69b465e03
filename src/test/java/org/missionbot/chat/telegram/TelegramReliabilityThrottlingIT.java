package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.chat.ChatCore;
import org.missionbot.chat.telegram.ScriptedBotApi.Call;

/**
 * A chat that is slow or throttled by Telegram holds up no other chat and no update behind it, and a
 * person asking faster than the rate limit gets the polite refusal.
 */
class TelegramReliabilityThrottlingIT extends TelegramReliabilityFixture {

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

  /** /about from a chat of its own, update and chat ids both {@code id}. */
  private static String about(int id) {
    return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":0,\"chat\":{\"id\":" + id
        + ",\"type\":\"private\"},\"from\":{\"id\":" + id + ",\"is_bot\":false,\"first_name\":\"Bo\"},\"text\":\"/about\"}}";
  }
}
