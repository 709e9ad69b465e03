package org.missionbot.chat.telegram;

import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.utility.BotUtils;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.missionbot.chat.shared.SharedStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The polled updates taken and not yet done, kept so that the getUpdates offset may pass an update
 * still waiting (out a chat's {@code retry_after}, a backoff, a slow answer) without losing it: an
 * update is kept, synced to disk, before the offset passes it, and a poller starting up answers what
 * is left first. Without it the offset stays at the oldest update not done, and Telegram hands out at
 * most 100 updates from there: everyone behind a throttled chat waited with it.
 *
 * <p>A file of lines {@code +<update JSON>} and {@code -<update id>}, rewritten at open and when it
 * holds many more lines than updates kept. Shared through Redis ({@link #shareThrough}), the kept
 * updates are a hash under the bot's key instead, so the replica that takes over polling answers what
 * one that died left. Updates done are dropped without a sync: one replayed after a crash is skipped by
 * the record of answered updates. At most {@link #CAPACITY} are kept; past that (or while Redis is
 * unavailable, when shared) {@link #keep} says no and the offset waits, as without a journal.
 * Thread-safe.
 */
final class UpdateJournal implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(UpdateJournal.class);
  static final int CAPACITY = 10_000;
  /** How long the shared journal lives after its last write; Telegram keeps updates for one day. */
  static final Duration KEPT = Duration.ofDays(2);

  private final Path file;
  private final TreeMap<Integer, String> kept = new TreeMap<>();
  private LineFile log;
  private volatile SharedStore shared;
  private volatile String key;

  private UpdateJournal(Path file) {
    this.file = file;
  }

  /** No journal: nothing is kept, so the offset waits for every update. */
  static UpdateJournal none() {
    return new UpdateJournal(null);
  }

  /** The journal kept in {@code file} (created with its folder when missing), read back now. */
  static UpdateJournal open(Path file) throws IOException {
    UpdateJournal journal = new UpdateJournal(file);
    journal.load();
    return journal;
  }

  /**
   * The journal beside a record of answered updates, read back now; none when the record is kept in
   * memory only (nothing survives a restart, so nothing is worth keeping).
   */
  static UpdateJournal beside(AnsweredUpdates answered) throws IOException {
    return answered.file() == null ? none() : open(besides(answered.file()));
  }

  /** The journal's file beside a record of answered updates: {@code telegram-answered.txt} gives {@code telegram-answered.journal}. */
  static Path besides(Path answered) {
    String name = answered.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return answered.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".journal");
  }

  /** Keeps the journal in Redis under {@code space} (the bot's own, {@code telegram:<bot id>}) from now on. */
  void shareThrough(SharedStore store, String space) {
    this.key = SharedStore.key(space, "journal");
    this.shared = store;
  }

  /** Keeps an update until it is {@link #drop dropped}; true when it is kept durably and the offset may pass it. */
  boolean keep(Update update) {
    SharedStore store = shared;
    if (store == null && file == null) {
      return false; // no journal: nothing to write the update out for
    }
    String json = BotUtils.toJson(update);
    if (store != null) {
      try {
        return store.putField(key, Integer.toString(update.updateId()), json, KEPT, CAPACITY);
      } catch (SharedStore.Unavailable e) {
        return false;
      }
    }
    synchronized (this) {
      if (log == null || kept.size() >= CAPACITY) {
        return false;
      }
      try {
        log.append("+" + json, true);
        kept.put(update.updateId(), json);
        return true;
      } catch (IOException e) {
        LOG.warn("could not keep update {} in {}: {}", update.updateId(), file, e.toString());
        return false;
      }
    }
  }

  /** Drops an update answered, or given up for good. */
  void drop(int updateId) {
    SharedStore store = shared;
    if (store != null) {
      try {
        store.removeField(key, Integer.toString(updateId));
      } catch (SharedStore.Unavailable e) {
        // left over: replayed by the next poller and skipped as answered
      }
      return;
    }
    synchronized (this) {
      if (log == null || kept.remove(updateId) == null) {
        return;
      }
      try {
        log.append("-" + updateId, false);
        if (log.lines() > 2 * kept.size() + 1_000) {
          log.rewrite(rows());
        }
      } catch (IOException e) {
        LOG.warn("could not drop update {} from {}: {}", updateId, file, e.toString());
      }
    }
  }

  /** The updates kept and not dropped, oldest first: a poller starting up answers these first. */
  List<Update> left() {
    SharedStore store = shared;
    TreeMap<Integer, String> left = new TreeMap<>();
    if (store != null) {
      try {
        for (Map.Entry<String, String> field : store.fields(key).entrySet()) {
          try {
            left.put(Integer.parseInt(field.getKey()), field.getValue());
          } catch (NumberFormatException e) {
            // not ours
          }
        }
      } catch (SharedStore.Unavailable e) {
        return List.of(); // replayed by the next poller that reaches Redis
      }
    } else {
      synchronized (this) {
        left.putAll(kept);
      }
    }
    List<Update> updates = new ArrayList<>(left.size());
    for (String json : left.values()) {
      Update update = parse(json);
      if (update != null) {
        updates.add(update);
      }
    }
    return updates;
  }

  @Override
  public synchronized void close() throws IOException {
    if (log != null) {
      log.close();
      log = null;
    }
  }

  private static Update parse(String json) {
    try {
      Update update = BotUtils.parseUpdate(json);
      return update != null && update.updateId() != null ? update : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private void load() throws IOException {
    for (String line : LineFile.read(file)) {
      if (line.startsWith("+")) {
        Update update = parse(line.substring(1));
        if (update != null) { // else a line torn by a crash mid-write: its update was not passed
          kept.put(update.updateId(), line.substring(1));
        }
      } else if (line.startsWith("-")) {
        try {
          kept.remove(Integer.parseInt(line.substring(1).strip()));
        } catch (NumberFormatException e) {
          // torn: the update is replayed, and skipped as answered
        }
      }
    }
    log = LineFile.create(file, rows()); // starts each run with a clean file of the updates kept
  }

  private List<String> rows() {
    List<String> rows = new ArrayList<>(kept.size());
    kept.values().forEach(json -> rows.add("+" + json));
    return rows;
  }
}
