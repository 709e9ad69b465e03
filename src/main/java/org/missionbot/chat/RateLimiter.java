package org.missionbot.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A per-user token bucket: each user may ask {@code burst} questions at once, and one more every
 * {@code window / burst} after that. Thread-safe.
 */
public final class RateLimiter {

  private final int burst;
  private final double perNano;
  private final Clock clock;
  private final Map<String, Bucket> buckets = new HashMap<>();

  public RateLimiter(int burst, Duration window, Clock clock) {
    if (burst < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("burst and window must be positive: " + burst + ", " + window);
    }
    this.burst = burst;
    this.perNano = burst / (double) window.toNanos();
    this.clock = clock;
  }

  /** Takes one question from the user's allowance; false when it is used up. */
  public boolean tryAcquire(String user) {
    long now = clock.millis() * 1_000_000L;
    synchronized (buckets) {
      if (buckets.size() > 10_000) {
        buckets.values().removeIf(b -> b.tokens(now, perNano, burst) >= burst);
      }
      Bucket bucket = buckets.computeIfAbsent(user, u -> new Bucket(burst, now));
      double tokens = bucket.tokens(now, perNano, burst);
      if (tokens < 1) {
        return false;
      }
      bucket.set(tokens - 1, now);
      return true;
    }
  }

  private static final class Bucket {
    private double tokens;
    private long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }

    double tokens(long now, double perNano, int burst) {
      return Math.min(burst, tokens + (now - at) * perNano);
    }

    void set(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }
}
