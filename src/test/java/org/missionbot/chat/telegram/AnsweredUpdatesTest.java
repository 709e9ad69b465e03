package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnsweredUpdatesTest {

  @TempDir
  Path folder;

  @Test
  void anUpdateIsTakenOnceWhileUnderWayAndNeverAgainOnceAnswered() {
    AnsweredUpdates record = AnsweredUpdates.inMemory(10);

    assertTrue(record.begin(7));
    assertFalse(record.begin(7), "under way");
    record.finish(7);
    assertFalse(record.begin(7), "answered");
    assertTrue(record.begin(8));
    record.release(8);
    assertTrue(record.begin(8), "given back by a stop, it may be answered");
  }

  @Test
  void whatWasAnsweredIsOnDiskAtOnceAndReadBackByTheNextRun() throws Exception {
    Path file = folder.resolve("data/answered.txt");
    AnsweredUpdates first = AnsweredUpdates.open(file, 10);
    first.begin(7);
    first.finish(7);
    first.begin(8); // taken, never finished: the process died answering it

    // no close(): as after kill -9, only what was synced counts
    AnsweredUpdates next = AnsweredUpdates.open(file, 10);

    assertFalse(next.begin(7));
    assertTrue(next.begin(8));
    first.close();
    next.close();
  }

  @Test
  void aLineTornByACrashIsIgnoredAndTheFileStaysBounded() throws Exception {
    Path file = folder.resolve("answered.txt");
    Files.writeString(file, "5\n6\n7");
    Files.writeString(file, "5\n6\n7\n8x", java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);

    try (AnsweredUpdates record = AnsweredUpdates.open(file, 3)) {
      assertTrue(record.answered(7));
      for (int id = 9; id < 30; id++) {
        record.begin(id);
        record.finish(id);
      }
      assertTrue(Files.readAllLines(file).size() <= 6, Files.readAllLines(file).toString());
    }
    try (AnsweredUpdates reopened = AnsweredUpdates.open(file, 3)) {
      assertEquals(List.of("27", "28", "29"), Files.readAllLines(file));
      assertFalse(reopened.answered(7), "only the newest are kept: update ids only grow");
      assertTrue(reopened.answered(29));
    }
  }
}
