package org.missionbot.chat.telegram;

import java.time.Duration;
import java.util.TreeSet;

/**
 * Which updates have been taken and which are done, so that the getUpdates offset confirms an update
 * only once its reply was sent or failed for good: after a restart none is skipped, and none that was
 * answered comes back. Thread-safe.
 */
final class Offsets {

  private final TreeSet<Integer> pending = new TreeSet<>();
  private int highest = -1;

  /** Takes an update; false when it was taken before (Telegram sends unconfirmed ones again). */
  synchronized boolean begin(int updateId) {
    if (updateId <= highest) {
      return false;
    }
    highest = updateId;
    pending.add(updateId);
    return true;
  }

  /** Marks an update's reply sent, or failed for good. */
  synchronized void done(int updateId) {
    pending.remove(updateId);
    notifyAll();
  }

  /** The offset for the next getUpdates: the oldest update not done, else one past the newest; 0 at first. */
  synchronized int next() {
    if (!pending.isEmpty()) {
      return pending.first();
    }
    return highest < 0 ? 0 : highest + 1;
  }

  /** Waits until an update is done, or at most {@code max}. */
  synchronized void awaitProgress(Duration max) throws InterruptedException {
    wait(Math.max(1, max.toMillis()));
  }
}
