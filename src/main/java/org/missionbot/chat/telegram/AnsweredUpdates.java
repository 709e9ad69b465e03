package org.missionbot.chat.telegram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.time.Duration;
import org.missionbot.chat.shared.SharedStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The updates already answered, so that none is answered twice: not when Telegram posts a webhook
 * update again (it does when a reply is slow), and not when it sends unconfirmed updates again after
 * the process was killed. Each answered id is appended to a file and synced to disk before its
 * getUpdates offset is confirmed; the file is read back at start. It keeps the last {@code capacity}
 * ids (update ids only grow) and is rewritten when it holds twice that many. Without a file it
 * remembers in memory only.
 *
 * <p>Shared through Redis ({@link #shareThrough}), replicas claim an update before answering it: the
 * first to claim answers it, renewing its claim while it does, and marks it done for two days (Telegram
 * keeps updates for one). One that finds another replica's claim waits until it is done (then skips
 * it) or lapses (its holder died: then it answers it), so an update is neither doubled nor lost when
 * a webhook's retry reaches another replica or a new poller takes over. While Redis is unavailable
 * each replica goes by its own record. Thread-safe.
 */
final class AnsweredUpdates implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AnsweredUpdates.class);
  static final int CAPACITY = 10_000;
  /** How long a claim lasts unrenewed; the claimant renews it every third of that while it answers. */
  static final Duration CLAIM = Duration.ofSeconds(15);
  static final Duration KEPT = Duration.ofDays(2);
  private static final Duration WAIT = Duration.ofMillis(200);
  /**
   * How long to wait for another replica's answer under way before answering the update here: less than
   * the two minutes after which an answer counts as stuck (so the waiting replica stays healthy).
   */
  static final Duration LONGEST_WAIT = Duration.ofSeconds(90);
  private static final String DONE = "done";

  private final Path file;
  private final int capacity;
  private final LinkedHashSet<Integer> answered = new LinkedHashSet<>();
  private final Set<Integer> underWay = new HashSet<>();
  private LineFile log;
  private volatile SharedStore shared;
  private volatile Duration longestWait = LONGEST_WAIT;
  private volatile String space;
  private Thread renewing;

  private AnsweredUpdates(Path file, int capacity) {
    this.file = file;
    this.capacity = capacity;
  }

  /** A record in memory only: it forgets on restart. */
  static AnsweredUpdates inMemory(int capacity) {
    return new AnsweredUpdates(null, capacity);
  }

  /** The record kept in {@code file} (created with its folder when missing), read back now. */
  static AnsweredUpdates open(Path file, int capacity) throws IOException {
    AnsweredUpdates record = new AnsweredUpdates(file, capacity);
    record.load();
    return record;
  }

  /** The file the record is kept in, or null when it is kept in memory only. */
  Path file() {
    return file;
  }

  /**
   * Takes an update to answer; false when it was answered already or is being answered now, and then
   * it must not be answered.
   */
  boolean begin(int updateId) {
    synchronized (this) {
      if (answered.contains(updateId) || !underWay.add(updateId)) {
        return false;
      }
    }
    SharedStore store = shared;
    if (store == null) {
      return true;
    }
    String key = key(updateId);
    long giveUp = System.nanoTime() + longestWait.toNanos();
    try {
      while (true) {
        if (store.setIfAbsent(key, store.replica(), CLAIM)) {
          return true;
        }
        String holder = store.get(key);
        if (DONE.equals(holder)) {
          record(updateId);
          return false;
        }
        if (store.replica().equals(holder)) {
          return true;
        }
        if (holder != null) {
          if (System.nanoTime() > giveUp) { // stuck there: better answered twice than never
            LOG.warn("update {} has been under way on replica {} for over {} s; answering it here", updateId, holder,
                longestWait.toSeconds());
            return true;
          }
          Lanes.pause(WAIT); // another replica answers it: wait for it to finish or die, without holding a slot
        }
      }
    } catch (SharedStore.Unavailable e) {
      return true; // this replica's own record decides
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      release(updateId);
      return false;
    }
  }

  /**
   * Shares the record with the other replicas through {@code store}, under {@code space} (the bot's
   * own, {@code telegram:<bot id>}); claims under way are renewed from now on.
   */
  synchronized void shareThrough(SharedStore store, String space) {
    this.space = space;
    this.shared = store;
    if (renewing == null) {
      renewing = Thread.ofPlatform().name("telegram-claims").daemon().start(this::renewClaims);
    }
  }

  /** For tests: waits at most {@code wait} for another replica's answer under way. */
  void waitAtMost(Duration wait) {
    this.longestWait = wait;
  }

  /** Records an update as answered (or failed for good), on disk before this returns, and in Redis. */
  void finish(int updateId) {
    record(updateId);
    SharedStore store = shared;
    if (store != null) {
      try {
        store.set(key(updateId), DONE, KEPT);
      } catch (SharedStore.Unavailable e) {
        // recorded here; another replica may answer it again only if Telegram sends it there while Redis is down
      }
    }
  }

  private String key(int updateId) {
    return SharedStore.key(space, "update", Integer.toString(updateId));
  }

  /** Renews this replica's claims on the updates it is answering, every third of a claim's life. */
  private void renewClaims() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(CLAIM.toMillis() / 3);
        List<Integer> mine;
        synchronized (this) {
          mine = List.copyOf(underWay);
        }
        SharedStore store = shared;
        for (int id : mine) {
          try {
            store.expireIf(key(id), store.replica(), CLAIM);
          } catch (SharedStore.Unavailable e) {
            break;
          }
        }
      }
    } catch (InterruptedException e) {
      // closed
    }
  }

  /** Records an update as answered here, on disk before this returns. */
  private synchronized void record(int updateId) {
    underWay.remove(updateId);
    if (!answered.add(updateId)) {
      return;
    }
    trim();
    if (log != null) {
      try {
        log.append(Integer.toString(updateId), true);
        if (log.lines() >= 2 * capacity) {
          log.rewrite(kept());
        }
      } catch (IOException e) {
        LOG.warn("could not record answered update {} in {}: {}", updateId, file, e.toString());
      }
    }
  }

  /** Gives an update back unanswered (a stop cut it short): it may be answered later, by any replica. */
  void release(int updateId) {
    synchronized (this) {
      underWay.remove(updateId);
    }
    SharedStore store = shared;
    if (store != null) {
      try {
        store.deleteIf(key(updateId), store.replica());
      } catch (SharedStore.Unavailable e) {
        // the claim lapses by itself
      }
    }
  }

  /** Whether the update was answered. */
  synchronized boolean answered(int updateId) {
    return answered.contains(updateId);
  }

  /** Whether this process is answering the update now. */
  synchronized boolean underWay(int updateId) {
    return underWay.contains(updateId);
  }

  @Override
  public synchronized void close() throws IOException {
    if (renewing != null) {
      renewing.interrupt();
    }
    if (log != null) {
      log.close();
      log = null;
    }
  }

  private void load() throws IOException {
    for (String line : LineFile.read(file)) {
      try {
        answered.add(Integer.parseInt(line.strip()));
      } catch (NumberFormatException e) {
        // a line torn by a crash mid-write: its update was not confirmed, so it comes back and is answered
      }
    }
    trim();
    log = LineFile.create(file, kept()); // starts each run with a clean file of the kept ids
  }

  private void trim() {
    var oldest = answered.iterator();
    while (answered.size() > capacity) {
      oldest.next();
      oldest.remove();
    }
  }

  private List<String> kept() {
    List<String> kept = new ArrayList<>(answered.size());
    answered.forEach(id -> kept.add(Integer.toString(id)));
    return kept;
  }
}
