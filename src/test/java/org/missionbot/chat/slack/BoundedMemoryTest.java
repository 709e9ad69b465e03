package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BoundedMemoryTest {

  @Test
  void aKeySeenAgainIsNotFirst() {
    BoundedMemory<String> memory = new BoundedMemory<>(10, Duration.ofHours(1));

    assertTrue(memory.putFirst("Ev1", "a"));
    assertFalse(memory.putFirst("Ev1", "b"));
    assertEquals("a", memory.get("Ev1"));
  }

  @Test
  void itKeepsAtMostItsCapacity() {
    BoundedMemory<String> memory = new BoundedMemory<>(10, Duration.ofHours(1));
    for (int i = 0; i < 1_000; i++) {
      memory.putFirst("Ev" + i, "x");
    }

    assertTrue(memory.size() <= 10, "size " + memory.size());
  }

  @Test
  void anEntryIsForgottenItsTimeAfterItWasRememberedHoweverOftenItIsUsed() {
    AtomicLong nanos = new AtomicLong();
    BoundedMemory<String> memory = new BoundedMemory<>(10, Duration.ofMinutes(10), nanos::get);
    memory.putFirst("Ev1", "a");
    nanos.addAndGet(Duration.ofMinutes(5).toNanos());
    memory.putFirst("Ev2", "b");

    nanos.addAndGet(Duration.ofMinutes(4).toNanos());
    assertEquals("a", memory.get("Ev1"), "9 minutes: still remembered");
    nanos.addAndGet(Duration.ofMinutes(2).toNanos());

    assertNull(memory.get("Ev1"), "11 minutes after it was remembered, though used at 9: a locale is asked again");
    assertEquals("b", memory.get("Ev2"), "6 minutes");
    assertTrue(memory.putFirst("Ev1", "c"), "a forgotten key is first again");
  }

  @Test
  void twoAskingForTheSameKeyAtOnceWaitForOneComputationAndNullIsNotRemembered() throws Exception {
    BoundedMemory<String> memory = new BoundedMemory<>(10, Duration.ofHours(1));
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<String> first = pool.submit(() -> memory.computeIfAbsent("U1", k -> {
        calls.incrementAndGet();
        started.countDown();
        await(release);
        return "fr-FR";
      }));
      started.await();
      Future<String> second = pool.submit(() -> memory.computeIfAbsent("U1", k -> {
        calls.incrementAndGet();
        return "en-US";
      }));
      Thread.sleep(100);
      assertFalse(second.isDone(), "the second waits for the first's computation");
      assertEquals("de-DE", memory.computeIfAbsent("U3", k -> "de-DE"), "another key is not held up meanwhile");
      release.countDown();

      assertEquals("fr-FR", first.get());
      assertEquals("fr-FR", second.get());
      assertEquals(1, calls.get());
    } finally {
      pool.shutdownNow();
    }
    assertNull(memory.computeIfAbsent("U2", k -> null));
    assertEquals("it-IT", memory.computeIfAbsent("U2", k -> "it-IT"), "a failed look-up is tried again");
  }

  @Test
  void capacityMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new BoundedMemory<String>(0, Duration.ofHours(1)));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
