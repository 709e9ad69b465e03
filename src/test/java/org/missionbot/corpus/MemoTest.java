package org.missionbot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

  @Test
  void computesEachKeyOnceWhileItIsRemembered() {
    List<String> computed = new ArrayList<>();
    Memo<String, Integer> memo = new Memo<>(10, key -> {
      computed.add(key);
      return key.length();
    });

    assertEquals(3, memo.get("abc"));
    assertEquals(3, memo.get("abc"));
    assertEquals(1, memo.get("x"));

    assertEquals(List.of("abc", "x"), computed);
  }

  @Test
  void holdsAtMostItsCapacityAndKeepsWhatIsAskedAgainAndAgain() {
    List<String> computed = new ArrayList<>();
    Memo<String, String> memo = new Memo<>(50, key -> {
      computed.add(key);
      return key.toUpperCase();
    });

    for (int i = 0; i < 1_000; i++) {
      memo.get("often");
      memo.get("once" + i);
    }

    assertTrue(memo.size() <= 50, "held " + memo.size());
    assertEquals(1, computed.stream().filter("often"::equals).count(), "the one asked each time stays");
  }

  @Test
  void aKeyAskedByManyThreadsAtOnceIsComputedOnce() throws Exception {
    AtomicInteger computed = new AtomicInteger();
    Memo<String, String> memo = new Memo<>(10, key -> {
      computed.incrementAndGet();
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return key.toUpperCase();
    });
    try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(threads.submit(() -> memo.get("slow")));
      }
      for (Future<String> result : results) {
        assertEquals("SLOW", result.get());
      }
    }
    assertEquals(1, computed.get(), "computed once, not once a thread");
  }

  @Test
  void aNullResultIsRememberedToo() {
    AtomicInteger computed = new AtomicInteger();
    Memo<String, String> memo = new Memo<>(10, key -> {
      computed.incrementAndGet();
      return null;
    });

    assertNull(memo.get("none"));
    assertNull(memo.get("none"));
    assertEquals(1, computed.get());
  }

  @Test
  void capacityMustBePositive() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Memo<String, String>(0, k -> k));

    assertEquals("capacity must be positive: 0", e.getMessage());
  }
}
