package org.missionbot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadOnceTest {

  @Test
  void manyCallersAtOnceShareOneLoad() throws Exception {
    AtomicInteger loads = new AtomicInteger();
    CountDownLatch slow = new CountDownLatch(1);
    LoadOnce<Object> model = new LoadOnce<>("a model", () -> {
      loads.incrementAndGet();
      try {
        slow.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new Object();
    });
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Object>> got = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        got.add(pool.submit(model::get));
      }
      slow.countDown();
      Object first = got.get(0).get(10, TimeUnit.SECONDS);
      for (Future<Object> g : got) {
        assertSame(first, g.get(10, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, loads.get());
  }

  @Test
  void aFailedLoadIsReportedToEveryCallerAndNotTriedAgain() {
    AtomicInteger loads = new AtomicInteger();
    LoadOnce<Object> model = new LoadOnce<>("the embedding model", () -> {
      loads.incrementAndGet();
      throw new UnsatisfiedLinkError("no onnxruntime for this platform");
    });

    IllegalStateException first = assertThrows(IllegalStateException.class, model::get);
    IllegalStateException second = assertThrows(IllegalStateException.class, model::get);

    assertTrue(first.getMessage().startsWith("the embedding model could not be loaded"), first.getMessage());
    assertTrue(first.getCause() instanceof UnsatisfiedLinkError, "a missing native library is an Error, reported as a failure");
    assertSame(first.getCause(), second.getCause());
    assertEquals(1, loads.get(), "a load that failed is not tried again by every question");
  }
}
