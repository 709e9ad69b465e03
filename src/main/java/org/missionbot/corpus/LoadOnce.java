package org.missionbot.corpus;

import java.util.function.Supplier;

/**
 * Something slow to make (a model, a table), made once by the first caller while the others wait for
 * it; what it was made from is let go once it is.
 * A load that fails is not tried again: every caller then gets an {@link IllegalStateException}
 * with its cause (errors such as a missing native library included), which callers report as they
 * report any failure. Thread-safe.
 */
public final class LoadOnce<T> {

  private final String what;
  /** Guarded by {@link #lock}; null once loaded. */
  private Supplier<T> load;
  private final Object lock = new Object();
  private volatile T loaded;
  /** Why the load failed, once it has; guarded by {@link #lock}. */
  private Throwable failed;

  /** {@code what} names the thing in the failure's message ("the embedding model inside the jar"). */
  public LoadOnce(String what, Supplier<T> load) {
    this.what = what;
    this.load = load;
  }

  /** The thing, loaded now if no one has yet. */
  public T get() {
    T value = loaded;
    if (value != null) {
      return value;
    }
    synchronized (lock) {
      if (loaded == null && failed == null) {
        try {
          loaded = load.get();
          load = null;
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
