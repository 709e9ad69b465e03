package org.missionbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class RunningTasksTest {

  @Test
  void aTaskRunningPastTheStuckTimeMakesThePoolUnhealthyUntilItEnds() throws Exception {
    RunningTasks tasks = new RunningTasks(Duration.ofMillis(200));
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread worker = Thread.ofVirtual().start(tasks.timed(() -> {
      started.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    started.await();

    assertTrue(tasks.noneStuck(), "just started");
    Thread.sleep(300);
    assertFalse(tasks.noneStuck(), "running for longer than the stuck time");
    assertTrue(tasks.longest().compareTo(Duration.ofMillis(300)) >= 0, tasks.longest().toString());

    release.countDown();
    worker.join();
    assertTrue(tasks.noneStuck());
    assertEquals(Duration.ZERO, tasks.longest());
  }
}
