package org.missionbot.corpus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small thread-safe cache of a pure function's results that forgets the least recently used ones
 * beyond its capacity. For work on passages that many questions share.
 *
 * @param <K> the argument
 * @param <V> the result
 */
public final class Memo<K, V> {

  private final Function<K, V> compute;
  private final Map<K, V> recent;

  public Memo(int capacity, Function<K, V> compute) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.compute = compute;
    this.recent = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The function's result for the key, computed at most once while it is remembered. */
  public V get(K key) {
    synchronized (recent) {
      V known = recent.get(key);
      if (known != null) {
        return known;
      }
    }
    V value = compute.apply(key);
    synchronized (recent) {
      recent.put(key, value);
    }
    return value;
  }
}
