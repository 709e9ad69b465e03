package org.missionbot.chat.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps only its {@code capacity} most recently used entries, so that remembering every
 * event id or answer ever seen costs bounded memory. Thread-safe.
 *
 * @param <V> what is remembered
 */
final class BoundedMemory<V> {

  private final Map<String, V> entries;

  BoundedMemory(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /** Remembers {@code value} under {@code key}; false when the key was already remembered. */
  synchronized boolean putFirst(String key, V value) {
    return entries.putIfAbsent(key, value) == null;
  }

  /** The value remembered under {@code key}, or null when it was never seen or has been forgotten. */
  synchronized V get(String key) {
    return entries.get(key);
  }

  synchronized int size() {
    return entries.size();
  }
}
