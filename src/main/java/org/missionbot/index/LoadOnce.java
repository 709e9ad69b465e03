package org.missionbot.index;

import java.util.function.Supplier;

/**
 * Something slow to load (a model), loaded once by the first caller while the others wait for it.
 * A load that fails is not tried again: every caller then gets an {@link IllegalStateException}
 * with its cause (errors such as a missing native library included), which callers report as they
 * report any failure. Thread-safe.
 */
final class LoadOnce<T> {

  private final String what;
  private final Supplier<T> load;
  private final Object lock = new Object();
  private volatile T loaded;
  /** Why the load failed, once it has; guarded by {@link #lock}. */
  private Throwable failed;

  /** {@code what} names the thing in the failure's message ("the embedding model inside the jar"). */
  LoadOnce(String what, Supplier<T> load) {
    this.what = what;
    this.load = load;
  }

  /** The thing, loaded now if no one has yet. */
  T get() {
    T value = loaded;
    if (value != null) {
      return value;
    }
    synchronized (lock) {
      if (loaded == null && failed == null) {
        try {
          loaded = load.get();
        } catch (RuntimeException | LinkageError e) {
          failed = e;
        }
      }
      if (failed != null) {
        throw new IllegalStateException(what + " could not be loaded: " + failed, failed);
      }
      return loaded;
    }
  }
}
