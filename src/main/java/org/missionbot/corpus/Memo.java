package org.missionbot.corpus;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;

/**
 * A thread-safe cache of a pure function's results (Caffeine's), holding at most its capacity and
 * forgetting those least likely to be asked again. A key asked by several threads at once is computed
 * once, the others waiting for it. For work on passages that many questions share.
 *
 * @param <K> the argument
 * @param <V> the result (null too)
 */
public final class Memo<K, V> {

  /** What a null result is kept as: Caffeine keeps no nulls. */
  private static final Object NULL = new Object();

  private final Function<K, V> compute;
  private final Cache<K, Object> recent;

  public Memo(int capacity, Function<K, V> compute) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.compute = compute;
    this.recent = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
  }

  /** The function's result for the key, computed at most once while it is remembered. */
  @SuppressWarnings("unchecked")
  public V get(K key) {
    Object value = recent.get(key, k -> {
      V computed = compute.apply(k);
      return computed == null ? NULL : computed;
    });
    return value == NULL ? null : (V) value;
  }

  /** How many results it holds now. */
  public long size() {
    recent.cleanUp();
    return recent.estimatedSize();
  }
}
