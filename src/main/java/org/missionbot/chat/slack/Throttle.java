package org.missionbot.chat.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Lets a repeated event through at most once an interval, counting the ones held back: for log lines
 * that anyone can cause by sending requests. Thread-safe.
 */
final class Throttle {

  private final Duration interval;
  private final Clock clock;
  private Instant last;
  private long held;

  Throttle(Duration interval, Clock clock) {
    this.interval = interval;
    this.clock = clock;
  }

  /**
   * Records one event; when it may pass, how many it stands for (itself and those held back since the
   * last that passed), else 0.
   */
  synchronized long tryPass() {
    Instant now = clock.instant();
    held++;
    if (last != null && now.isBefore(last.plus(interval))) {
      return 0;
    }
    last = now;
    long count = held;
    held = 0;
    return count;
  }
}
