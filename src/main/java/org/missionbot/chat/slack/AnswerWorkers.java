package org.missionbot.chat.slack;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.missionbot.chat.LogText;
import org.missionbot.chat.RunningTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads that answer after Slack has been acknowledged, with a bounded queue: work that does not
 * fit is refused at once (the caller says "busy" to the person) rather than acknowledged and lost. A
 * task that fails is logged with what it was for, and its apology runs instead; on {@link #stop} the
 * tasks already taken are finished.
 */
final class AnswerWorkers {

  private static final Logger LOG = LoggerFactory.getLogger(AnswerWorkers.class);

  private final ExecutorService threads;
  private final RunningTasks running = new RunningTasks();

  /**
   * {@code count} workers whose threads are named {@code prefix} and a number, with room for
   * {@code queue} tasks waiting.
   */
  AnswerWorkers(int count, String prefix, int queue) {
    this.threads = new ThreadPoolExecutor(count, count, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue),
        Thread.ofPlatform().name(prefix, 1).factory());
  }

  /**
   * Runs {@code task} on a worker, and {@code apology} when it fails; false, and nothing runs, when the
   * queue is full or the workers are stopping.
   */
  boolean submit(String what, Task task, Task apology) {
    try {
      threads.execute(running.timed(() -> {
        try {
          task.run();
        } catch (Exception e) {
          LOG.error("failed answering {}", LogText.escape(what), e);
          quietly("apologise for " + what, apology);
        }
      }));
      return true;
    } catch (RejectedExecutionException e) {
      LOG.warn("{}: refused {}", threads.isShutdown() ? "stopping" : "busy", LogText.escape(what));
      return false;
    }
  }

  /** Whether no task has run for {@link RunningTasks#STUCK} or longer. */
  boolean noneStuck() {
    return running.noneStuck();
  }

  /** Takes no more tasks and waits up to {@code seconds} for those taken; then interrupts them. */
  void stop(long seconds) {
    threads.shutdown();
    try {
      if (!threads.awaitTermination(seconds, TimeUnit.SECONDS)) {
        LOG.warn("answers still running after {} s were cut short", seconds);
        threads.shutdownNow();
      }
    } catch (InterruptedException e) {
      threads.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Runs {@code task}, logging instead of throwing when it fails. */
  static void quietly(String what, Task task) {
    try {
      task.run();
    } catch (Exception e) {
      LOG.warn("could not {}: {}", LogText.escape(what), LogText.escape(e.toString()));
    }
  }

  /** Work that may fail. */
  interface Task {
    void run() throws Exception;
  }
}
