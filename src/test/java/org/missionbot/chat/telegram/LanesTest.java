package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LanesTest {

  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private final Lanes lanes = new Lanes(pool);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void tasksOfOneChatRunOneAtATimeInTheOrderTheyCame() throws Exception {
    List<Integer> order = new CopyOnWriteArrayList<>();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    for (int i = 0; i < 20; i++) {
      int n = i;
      lanes.execute(7, () -> {
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        sleep(2);
        order.add(n);
        running.decrementAndGet();
      });
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS));

    assertEquals(IntStream.range(0, 20).boxed().toList(), order);
    assertEquals(1, mostAtOnce.get());
  }

  @Test
  void aSlowChatDoesNotHoldUpAnother() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch otherDone = new CountDownLatch(1);
    lanes.execute(1, () -> await(release));
    lanes.execute(2, otherDone::countDown);

    assertTrue(otherDone.await(2, TimeUnit.SECONDS));
    release.countDown();
  }

  @Test
  void aStoppedPoolRefusesNewChatsAndTheChatCanBeUsedLater() {
    pool.shutdown();

    assertThrows(RejectedExecutionException.class, () -> lanes.execute(3, () -> { }));
    assertThrows(RejectedExecutionException.class, () -> lanes.execute(3, () -> { }));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
