package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ThrottleTest {

  @Test
  void passesOnceAnIntervalCountingWhatItHeldBack() {
    AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T00:00:00Z"));
    Clock clock = new Clock() {
      @Override
      public ZoneOffset getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now.get();
      }
    };
    Throttle throttle = new Throttle(Duration.ofMinutes(1), clock);

    assertEquals(1, throttle.tryPass());
    for (int i = 0; i < 999; i++) {
      assertEquals(0, throttle.tryPass());
    }
    now.set(now.get().plusSeconds(61));
    assertEquals(1000, throttle.tryPass(), "the 999 held back and this one");
    assertEquals(0, throttle.tryPass());
  }
}
