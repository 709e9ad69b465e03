package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.missionbot.MutableClock;

class ThrottleTest {

  @Test
  void passesOnceAnIntervalCountingWhatItHeldBack() {
    MutableClock clock = new MutableClock();
    Throttle throttle = new Throttle(Duration.ofMinutes(1), clock);

    assertEquals(1, throttle.tryPass());
    for (int i = 0; i < 999; i++) {
      assertEquals(0, throttle.tryPass());
    }
    clock.advance(Duration.ofSeconds(61));
    assertEquals(1000, throttle.tryPass(), "the 999 held back and this one");
    assertEquals(0, throttle.tryPass());
  }
}
