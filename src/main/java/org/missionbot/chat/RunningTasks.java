package org.missionbot.chat;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How long the tasks of a pool of workers have been running, so that a health check can tell a worker
 * stuck on one answer (a call that never returns) from a busy one. Thread-safe.
 */
public final class RunningTasks {

  /** A task running longer than this is taken as stuck: an answer takes milliseconds, a slow send seconds. */
  public static final Duration STUCK = Duration.ofMinutes(2);

  private final ConcurrentHashMap<Long, Long> started = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final Duration stuck;

  /** Tasks taken as stuck after {@link #STUCK}. */
  public RunningTasks() {
    this(STUCK);
  }

  /** Tasks taken as stuck after {@code stuck}. */
  public RunningTasks(Duration stuck) {
    this.stuck = stuck;
  }

  /** The task, timed while it runs. */
  public Runnable timed(Runnable task) {
    return () -> {
      long id = ids.incrementAndGet();
      started.put(id, System.nanoTime());
      try {
        task.run();
      } finally {
        started.remove(id);
      }
    };
  }

  /** How long the longest-running task has run so far; zero when none runs. */
  public Duration longest() {
    long now = System.nanoTime();
    return Duration.ofNanos(started.values().stream().mapToLong(t -> now - t).max().orElse(0));
  }

  /** Whether no task has run for the stuck time ({@link #STUCK} unless given) or longer. */
  public boolean noneStuck() {
    return longest().compareTo(stuck) < 0;
  }
}
