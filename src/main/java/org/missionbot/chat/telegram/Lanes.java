package org.missionbot.chat.telegram;

import org.missionbot.chat.RunningTasks;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.time.Duration;

/**
 * Runs tasks one at a time per lane (a chat) and in the order they came: different chats are
 * answered side by side, while a follow-up waits for the question before it. With answering slots,
 * at most that many tasks run at once, and a task that must wait (Telegram's {@code retry_after} for
 * a throttled chat, a backoff) gives its slot to other chats meanwhile ({@link #pause}), keeping its
 * own lane: one throttled chat never holds up the others. Thread-safe.
 */
final class Lanes {

  /** The slots the current thread holds a slot of while it runs a lane's task; unset elsewhere. */
  private static final ThreadLocal<Semaphore> HELD = new ThreadLocal<>();

  private final Executor pool;
  private final Semaphore slots;
  private final Map<Long, Deque<Runnable>> waiting = new HashMap<>();
  private final RunningTasks running = new RunningTasks();

  /** Lanes on a pool that bounds how many run at once. */
  Lanes(Executor pool) {
    this.pool = pool;
    this.slots = null;
  }

  /** Lanes on a pool with more threads than {@code slots}, at most {@code slots} tasks running at once. */
  Lanes(Executor pool, int slots) {
    this.pool = pool;
    this.slots = new Semaphore(slots); // not fair: a lane draining its queue keeps going, as a pool thread would
  }

  /**
   * Waits {@code wait}; on a lane's task with slots, its slot is given to other tasks meanwhile and
   * taken back after (the lane stays its own).
   */
  static void pause(Duration wait) throws InterruptedException {
    Semaphore held = HELD.get();
    if (held == null) {
      Thread.sleep(wait);
      return;
    }
    held.release();
    try {
      Thread.sleep(wait);
    } finally {
      held.acquireUninterruptibly();
    }
  }

  /**
   * Runs the task after the lane's earlier tasks.
   *
   * @throws RejectedExecutionException when the pool no longer takes work
   */
  void execute(long lane, Runnable task) {
    synchronized (waiting) {
      Deque<Runnable> queue = waiting.get(lane);
      if (queue != null) {
        queue.add(task);
        return;
      }
      waiting.put(lane, new ArrayDeque<>());
    }
    try {
      pool.execute(() -> drain(lane, task));
    } catch (RejectedExecutionException e) {
      synchronized (waiting) {
        waiting.remove(lane);
      }
      throw e;
    }
  }

  /** Runs the first task, then the lane's queued ones, in one pool thread. */
  private void drain(long lane, Runnable first) {
    for (Runnable task = first; task != null; task = next(lane)) {
      runInSlot(running.timed(task));
    }
  }

  private void runInSlot(Runnable task) {
    if (slots == null) {
      task.run();
      return;
    }
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // stopping: left unrun, so its update is not confirmed
      return;
    }
    HELD.set(slots);
    try {
      task.run();
    } finally {
      HELD.remove();
      slots.release();
    }
  }

  /** Whether no task has run for {@link RunningTasks#STUCK} or longer. */
  boolean noneStuck() {
    return running.noneStuck();
  }

  private Runnable next(long lane) {
    synchronized (waiting) {
      Runnable task = waiting.get(lane).poll();
      if (task == null) {
        waiting.remove(lane);
      }
      return task;
    }
  }
}
