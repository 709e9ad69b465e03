package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.utility.BotUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpdateJournalTest {

  @TempDir
  Path folder;

  @Test
  void whatIsKeptIsOnDiskAtOnceAndWhatIsLeftIsReadBackOldestFirst() throws Exception {
    Path file = folder.resolve("data/telegram-answered.journal");
    UpdateJournal first = UpdateJournal.open(file);
    assertTrue(first.keep(message(9, "second")));
    assertTrue(first.keep(message(7, "first")));
    assertTrue(first.keep(message(8, "done")));
    first.drop(8);

    // no close(): as after kill -9, only what was written counts
    try (UpdateJournal next = UpdateJournal.open(file)) {
      List<Update> left = next.left();
      assertEquals(List.of(7, 9), left.stream().map(Update::updateId).toList());
      assertEquals("first", left.get(0).message().text());
      assertEquals(7L, left.get(0).message().chat().id());
    }
    first.close();
  }

  @Test
  void everyKindOfUpdateTheBotTakesComesBackAsItCame() throws Exception {
    String callback = "{\"update_id\":11,\"callback_query\":{\"id\":\"cb1\",\"from\":{\"id\":5,\"is_bot\":false,"
        + "\"first_name\":\"Ann\",\"language_code\":\"fr\"},\"data\":\"vote:up:abc\",\"message\":{\"message_id\":3,"
        + "\"date\":0,\"chat\":{\"id\":5,\"type\":\"private\"},\"text\":\"x\"}}}";
    String inline = "{\"update_id\":12,\"inline_query\":{\"id\":\"iq\",\"from\":{\"id\":5,\"is_bot\":false,"
        + "\"first_name\":\"Ann\"},\"query\":\"Combien le Canada a-t-il promis ?\\n\\u2028 \uD83C\uDDED\uD83C\uDDF9\",\"offset\":\"\"}}";
    Path file = folder.resolve("journal");
    try (UpdateJournal journal = UpdateJournal.open(file)) {
      assertTrue(journal.keep(BotUtils.parseUpdate(callback)));
      assertTrue(journal.keep(BotUtils.parseUpdate(inline)));
    }
    try (UpdateJournal journal = UpdateJournal.open(file)) {
      List<Update> left = journal.left();
      assertEquals(BotUtils.parseUpdate(callback), left.get(0));
      assertEquals(BotUtils.parseUpdate(inline), left.get(1));
      assertEquals("fr", left.get(0).callbackQuery().from().languageCode());
      assertEquals("Combien le Canada a-t-il promis ?\n\u2028 \uD83C\uDDED\uD83C\uDDF9", left.get(1).inlineQuery().query());
    }
  }

  @Test
  void aLineTornByACrashIsIgnoredAndTheFileStaysBounded() throws Exception {
    Path file = folder.resolve("journal");
    Files.writeString(file, "+" + BotUtils.toJson(message(5, "kept")) + "\n-4\n+{\"update_id\":6,\"mess",
        StandardCharsets.UTF_8);
    try (UpdateJournal journal = UpdateJournal.open(file)) {
      assertEquals(List.of(5), journal.left().stream().map(Update::updateId).toList());
      for (int id = 10; id < 3_000; id++) {
        journal.keep(message(id, "q"));
        journal.drop(id);
      }
      assertTrue(Files.readAllLines(file).size() <= 2 * 1 + 1_001, "rewritten as it grows");
      assertEquals(List.of(5), journal.left().stream().map(Update::updateId).toList());
    }
    Files.writeString(file, "garbage\n", StandardOpenOption.APPEND);
    try (UpdateJournal journal = UpdateJournal.open(file)) {
      assertEquals(List.of(5), journal.left().stream().map(Update::updateId).toList());
    }
  }

  @Test
  void pastItsCapacityOrWithoutAFileNothingIsKeptAndTheOffsetMustWait() throws Exception {
    try (UpdateJournal journal = UpdateJournal.open(folder.resolve("journal"))) {
      for (int id = 0; id < UpdateJournal.CAPACITY; id++) {
        assertTrue(journal.keep(message(id, "q")));
      }
      assertFalse(journal.keep(message(UpdateJournal.CAPACITY, "one too many")));
      journal.drop(0);
      assertTrue(journal.keep(message(UpdateJournal.CAPACITY, "room again")));
    }
    UpdateJournal none = UpdateJournal.none();
    assertFalse(none.keep(message(1, "q")));
    none.drop(1);
    assertEquals(List.of(), none.left());
  }

  @Test
  void theJournalLivesBesideTheRecordOfAnsweredUpdates() {
    assertEquals(Path.of("data/telegram-answered.journal"), UpdateJournal.besides(Path.of("data/telegram-answered.txt")));
    assertEquals(Path.of("answered.journal"), UpdateJournal.besides(Path.of("answered")));
  }

  @Test
  void offsetsPassAKeptUpdateAtOnceAndAHeldOneOnlyWhenDone() {
    Offsets offsets = new Offsets();
    offsets.replay(3); // left by the run before
    assertEquals(0, offsets.next(), "Telegram's own offset first");
    assertTrue(offsets.begin(5));
    assertTrue(offsets.begin(6));
    offsets.kept(6);
    assertEquals(5, offsets.next(), "5 is held");
    assertFalse(offsets.begin(3), "replayed already");
    offsets.kept(5);
    assertEquals(7, offsets.next());
    assertTrue(offsets.begin(7));
    assertEquals(7, offsets.next(), "7 could not be kept: held until done");
    offsets.done(7);
    assertEquals(8, offsets.next());
  }

  private static Update message(int id, String text) {
    return BotUtils.parseUpdate("{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":0,"
        + "\"chat\":{\"id\":7,\"type\":\"private\"},\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"Ann\"},"
        + "\"text\":\"" + text + "\"}}");
  }
}
