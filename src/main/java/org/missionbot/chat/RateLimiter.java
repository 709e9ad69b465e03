package org.missionbot.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import org.missionbot.chat.shared.SharedStore;

/**
 * A per-user token bucket: each user may ask {@code burst} questions at once, and one more every
 * {@code window / burst} after that. A bucket untouched for a whole window is full again, so it is
 * forgotten then (an expiring Caffeine cache): memory follows the people active in the last window,
 * and no question ever scans the others. With a {@link SharedStore} the buckets are in Redis, one budget
 * across replicas, and this process's own buckets take over while Redis is unavailable. Thread-safe.
 */
public final class RateLimiter {

  private final int burst;
  private final double perNano;
  private final Clock clock;
  private final Cache<String, Bucket> buckets;
  private final Duration window;
  private final SharedStore shared;

  public RateLimiter(int burst, Duration window, Clock clock) {
    this(burst, window, clock, null);
  }

  /** A limiter whose buckets are in {@code shared} (null: in this process only). */
  public RateLimiter(int burst, Duration window, Clock clock, SharedStore shared) {
    if (burst < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("burst and window must be positive: " + burst + ", " + window);
    }
    this.burst = burst;
    this.window = window;
    this.shared = shared;
    this.perNano = burst / (double) window.toNanos();
    this.clock = clock;
    this.buckets = Caffeine.newBuilder().expireAfterAccess(window).ticker(() -> clock.millis() * 1_000_000L)
        .executor(Runnable::run).build();
  }

  /** Takes one question from the user's allowance; false when it is used up. */
  public boolean tryAcquire(String user) {
    if (shared != null) {
      try {
        return shared.takeToken(SharedStore.key("rate", user), burst, window);
      } catch (SharedStore.Unavailable e) {
        // this replica's own bucket, below
      }
    }
    long now = clock.millis() * 1_000_000L;
    boolean[] taken = new boolean[1];
    buckets.asMap().compute(user, (u, bucket) -> {
      Bucket b = bucket != null ? bucket : new Bucket(burst, now);
      double tokens = b.tokens(now, perNano, burst);
      taken[0] = tokens >= 1;
      if (taken[0]) {
        b.set(tokens - 1, now);
      }
      return b;
    });
    return taken[0];
  }

  /** How many people's buckets are held: those who asked within the last window, roughly. */
  long tracked() {
    long size;
    do { // each clean-up drains a bounded batch of pending work
      size = buckets.estimatedSize();
      buckets.cleanUp();
    } while (buckets.estimatedSize() < size);
    return buckets.estimatedSize();
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
