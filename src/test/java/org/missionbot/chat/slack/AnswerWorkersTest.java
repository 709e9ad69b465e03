package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnswerWorkersTest {

  @Test
  void workBeyondTheWorkersAndTheQueueIsRefusedAtOnceAndTheRestRuns() throws Exception {
    AnswerWorkers workers = new AnswerWorkers(1, "test-", 1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger ran = new AtomicInteger();

    assertTrue(workers.submit("first", () -> {
      release.await();
      ran.incrementAndGet();
    }, () -> { }));
    assertTrue(workers.submit("second", ran::incrementAndGet, () -> { }), "one may wait");
    assertFalse(workers.submit("third", ran::incrementAndGet, () -> { }), "no room for a third");

    release.countDown();
    workers.stop(5);
    assertEquals(2, ran.get());
    assertFalse(workers.submit("after stop", ran::incrementAndGet, () -> { }));
  }

  @Test
  void aFailedTaskRunsItsApology() throws Exception {
    AnswerWorkers workers = new AnswerWorkers(1, "test-", 4);
    CountDownLatch apologised = new CountDownLatch(1);

    workers.submit("failing", () -> {
      throw new IllegalStateException("on purpose");
    }, apologised::countDown);

    assertTrue(apologised.await(5, TimeUnit.SECONDS));
    workers.stop(1);
  }
}
