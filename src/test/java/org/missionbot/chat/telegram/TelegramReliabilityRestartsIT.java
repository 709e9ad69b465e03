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
 * An update is answered once across stops, restarts and crashes: stop finishes or leaves the answer
 * under way for the next run, and what was answered is not answered again.
 */
class TelegramReliabilityRestartsIT extends TelegramReliabilityFixture {

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
}
