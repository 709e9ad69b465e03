package org.missionbot.chat.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the Slack channel remembers of event ids, threads and users: at most {@code capacity} entries,
 * each forgotten {@code forgetAfter} after it was remembered (as Redis forgets the shared copy), so
 * remembering everything ever seen costs bounded memory and a user's locale is asked again (a Caffeine
 * cache: which entry goes first past the capacity is its choice, by recency and frequency). Thread-safe.
 *
 * @param <V> what is remembered
 */
final class BoundedMemory<V> {

  private final Cache<String, V> entries;
  /** The computations under way, by key: others asking for the key wait for them, outside the cache's locks. */
  private final ConcurrentHashMap<String, CompletableFuture<V>> computing = new ConcurrentHashMap<>();

  BoundedMemory(int capacity, Duration forgetAfter) {
    this(capacity, forgetAfter, Ticker.systemTicker());
  }

  /** A memory whose time is the ticker's (a test's). */
  BoundedMemory(int capacity, Duration forgetAfter, Ticker ticker) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.entries = Caffeine.newBuilder().maximumSize(capacity).expireAfterWrite(forgetAfter).ticker(ticker)
        .executor(Runnable::run).build();
  }

  /** Remembers {@code value} under {@code key}; false when the key was already remembered. */
  boolean putFirst(String key, V value) {
    return entries.asMap().putIfAbsent(key, value) == null;
  }

  /** The value remembered under {@code key}, or null when it was never seen or has been forgotten. */
  V get(String key) {
    return entries.getIfPresent(key);
  }

  /**
   * The value remembered under {@code key}, else what {@code compute} makes of it, remembered unless null;
   * callers asking for the same key meanwhile wait for that one computation instead of repeating it. The
   * computation (a call to Slack) runs outside the cache's locks, so it never holds up other keys.
   */
  V computeIfAbsent(String key, Function<String, V> compute) {
    V known = entries.getIfPresent(key);
    if (known != null) {
      return known;
    }
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> running = computing.putIfAbsent(key, mine);
    if (running != null) {
      return running.join();
    }
    try {
      V value = entries.getIfPresent(key); // remembered by a computation that ended just now
      if (value == null) {
        value = compute.apply(key);
        if (value != null) {
          entries.put(key, value);
        }
      }
      mine.complete(value);
      return value;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      computing.remove(key, mine);
    }
  }

  /** How many entries are remembered, after forgetting what is due. */
  long size() {
    entries.cleanUp();
    return entries.estimatedSize();
  }
}
