package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.utility.BotUtils;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A poller starting up answers what the journal holds, except an update this process is answering
 * now (a poller before it, stopped when the lease went elsewhere and came back, took it): that one is
 * left to its answer, which drops it from the journal when done, so a kill meanwhile loses nothing.
 */
class PollerReplayTest {

  private static final String TOKEN = "424242:SECRET-token_value-XYZ0123456789";

  @TempDir
  Path data;

  @Test
  void whatTheJournalHoldsIsAnsweredFirstButNotWhatIsUnderWayHere() throws Exception {
    UpdateJournal journal = UpdateJournal.open(data.resolve("telegram-answered.journal"));
    journal.keep(message(7));
    journal.keep(message(8));
    List<Integer> answered = new CopyOnWriteArrayList<>();
    ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new ScriptedBotApi(TOKEN));
      server.start(java.net.InetAddress.getLoopbackAddress(), 0);
      TelegramSettings settings = TelegramSettings.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", TOKEN,
          "TELEGRAM_API_URL", "http://127.0.0.1:" + server.getPort()));
      BotApi api = new BotApi(new TelegramBot.Builder(TOKEN).apiUrl("http://127.0.0.1:" + server.getPort() + "/bot")
          .build(), settings, Backoff.DEFAULT, 1);
      Poller poller = new Poller(api, new Lanes(pool, 2), update -> answered.add(update.updateId()), journal,
          id -> id == 8); // 8 is being answered by this process already
      poller.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (answered.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      Thread.sleep(300);
      poller.stopTaking();
    } finally {
      pool.shutdownNow();
    }

    assertEquals(List.of(7), answered, "7 replayed; 8 left to the answer under way");
    assertEquals(List.of(8), journal.left().stream().map(Update::updateId).toList(), "8 stays until that answer drops it");
    journal.close();
  }

  private static Update message(int id) {
    return BotUtils.parseUpdate("{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":0,"
        + "\"chat\":{\"id\":" + id + ",\"type\":\"private\"},\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"Ann\"},"
        + "\"text\":\"q\"}}");
  }
}
