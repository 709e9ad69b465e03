package org.missionbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private final org.missionbot.MutableClock clock = new org.missionbot.MutableClock();
  private final RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), clock);

  @Test
  void allowsABurstThenRefuses() {
    assertTrue(limiter.tryAcquire("ann"));
    assertTrue(limiter.tryAcquire("ann"));
    assertTrue(limiter.tryAcquire("ann"));
    assertFalse(limiter.tryAcquire("ann"));
  }

  @Test
  void refillsOneQuestionPerShareOfTheWindow() {
    for (int i = 0; i < 3; i++) {
      limiter.tryAcquire("ann");
    }
    clock.advance(Duration.ofSeconds(19));
    assertFalse(limiter.tryAcquire("ann"));
    clock.advance(Duration.ofSeconds(2));
    assertTrue(limiter.tryAcquire("ann"));
    assertFalse(limiter.tryAcquire("ann"));
  }

  @Test
  void onlyThePeopleActiveWithinTheWindowAreHeld() {
    for (int i = 0; i < 20_000; i++) {
      assertTrue(limiter.tryAcquire("person" + i));
    }
    assertEquals(20_000, limiter.tracked());

    clock.advance(Duration.ofSeconds(61));
    assertTrue(limiter.tryAcquire("someone new"));

    assertEquals(1, limiter.tracked(), "a bucket idle for a window is full again, so it is forgotten");
    assertTrue(limiter.tryAcquire("person0"));
  }

  @Test
  void eachPersonHasTheirOwnAllowance() {
    for (int i = 0; i < 3; i++) {
      limiter.tryAcquire("ann");
    }
    assertFalse(limiter.tryAcquire("ann"));
    assertTrue(limiter.tryAcquire("bob"));
  }

  @Test
  void rejectsANonPositiveBurstOrWindow() {
    assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, Duration.ofMinutes(1), clock));
    assertThrows(IllegalArgumentException.class, () -> new RateLimiter(1, Duration.ZERO, clock));
  }
}
