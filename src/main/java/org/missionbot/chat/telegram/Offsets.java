package org.missionbot.chat.telegram;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which updates have been taken and which are done, so that the getUpdates offset confirms an update
 * only once its reply was sent or failed for good, or once it is kept in the {@link UpdateJournal}:
 * after a restart none is skipped, and none that was answered comes back. Thread-safe.
 */
final class Offsets {

  /** Taken, not done, and not kept elsewhere: the offset may not pass these. */
  private final TreeSet<Integer> held = new TreeSet<>();
  /** Taken from the journal at start: Telegram may send them again, and they are not taken twice. */
  private final Set<Integer> replayed = new HashSet<>();
  private int highest = -1;

  /** Takes an update; false when it was taken before (Telegram sends unconfirmed ones again). */
  synchronized boolean begin(int updateId) {
    if (updateId <= highest || replayed.contains(updateId)) {
      highest = Math.max(highest, updateId);
      return false;
    }
    highest = updateId;
    held.add(updateId);
    return true;
  }

  /** Takes an update left in the journal by an earlier run: taken, and kept, so it holds nothing back. */
  synchronized void replay(int updateId) {
    replayed.add(updateId);
  }

  /** The update is kept in the journal: the offset may pass it before it is done. */
  synchronized void kept(int updateId) {
    held.remove(updateId);
  }

  /** Marks an update's reply sent, or failed for good. */
  synchronized void done(int updateId) {
    held.remove(updateId);
    replayed.remove(updateId);
    notifyAll();
  }

  /** The offset for the next getUpdates: the oldest update held, else one past the newest; 0 at first. */
  synchronized int next() {
    if (!held.isEmpty()) {
      return held.first();
    }
    return highest < 0 ? 0 : highest + 1;
  }

  /** Waits until an update is done, or at most {@code max}. */
  synchronized void awaitProgress(Duration max) throws InterruptedException {
    wait(Math.max(1, max.toMillis()));
  }
}
