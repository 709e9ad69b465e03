package org.missionbot.chat.telegram;

import java.time.Duration;

/**
 * How long to wait before the next try after a failure: {@code initial}, doubled each time, at most
 * {@code max}.
 *
 * @param initial the wait after the first failure
 * @param max the longest wait
 */
record Backoff(Duration initial, Duration max) {

  static final Backoff DEFAULT = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));

  Backoff {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("need 0 < initial <= max: " + initial + ", " + max);
    }
  }

  /** The wait after the {@code failures}-th failure in a row (1 for the first). */
  Duration delay(int failures) {
    int doublings = Math.min(Math.max(failures - 1, 0), 30);
    long millis = initial.toMillis() << doublings;
    return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
  }
}
