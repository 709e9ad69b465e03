package org.missionbot.chat.telegram;

import org.missionbot.chat.RunningTasks;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks on a shared, bounded pool, one at a time per lane (a chat) and in the order they came:
 * different chats are answered side by side, while a follow-up waits for the question before it.
 * Thread-safe.
 */
final class Lanes {

  private final Executor pool;
  private final Map<Long, Deque<Runnable>> waiting = new HashMap<>();
  private final RunningTasks running = new RunningTasks();

  Lanes(Executor pool) {
    this.pool = pool;
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
      running.timed(task).run();
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
