package org.missionbot.chat.telegram;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The updates already answered, so that none is answered twice: not when Telegram posts a webhook
 * update again (it does when a reply is slow), and not when it sends unconfirmed updates again after
 * the process was killed. Each answered id is appended to a file and synced to disk before its
 * getUpdates offset is confirmed; the file is read back at start. It keeps the last {@code capacity}
 * ids (update ids only grow) and is rewritten when it holds twice that many. Without a file it
 * remembers in memory only. Thread-safe.
 */
final class AnsweredUpdates implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AnsweredUpdates.class);
  static final int CAPACITY = 10_000;

  private final Path file;
  private final int capacity;
  private final LinkedHashSet<Integer> answered = new LinkedHashSet<>();
  private final Set<Integer> underWay = new HashSet<>();
  private FileChannel log;
  private int lines;

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

  /**
   * Takes an update to answer; false when it was answered already or is being answered now, and then
   * it must not be answered.
   */
  synchronized boolean begin(int updateId) {
    return !answered.contains(updateId) && underWay.add(updateId);
  }

  /** Records an update as answered (or failed for good), on disk before this returns. */
  synchronized void finish(int updateId) {
    underWay.remove(updateId);
    if (!answered.add(updateId)) {
      return;
    }
    trim();
    if (log != null) {
      try {
        log.write(ByteBuffer.wrap((updateId + "\n").getBytes(StandardCharsets.US_ASCII)));
        log.force(false);
        if (++lines >= 2 * capacity) {
          compact();
        }
      } catch (IOException e) {
        LOG.warn("could not record answered update {} in {}: {}", updateId, file, e.toString());
      }
    }
  }

  /** Gives an update back unanswered (a stop cut it short): it may be answered later. */
  synchronized void release(int updateId) {
    underWay.remove(updateId);
  }

  /** Whether the update was answered. */
  synchronized boolean answered(int updateId) {
    return answered.contains(updateId);
  }

  @Override
  public synchronized void close() throws IOException {
    if (log != null) {
      log.close();
      log = null;
    }
  }

  private void load() throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
        try {
          answered.add(Integer.parseInt(line.strip()));
          lines++;
        } catch (NumberFormatException e) {
          // a line torn by a crash mid-write: its update was not confirmed, so it comes back and is answered
        }
      }
      trim();
    }
    compact(); // starts each run with a clean file of the kept ids
  }

  private void trim() {
    var oldest = answered.iterator();
    while (answered.size() > capacity) {
      oldest.next();
      oldest.remove();
    }
  }

  /** Rewrites the file with the kept ids, aside and then moved over it. */
  private void compact() throws IOException {
    if (log != null) {
      log.close();
    }
    List<String> kept = new ArrayList<>(answered.size());
    answered.forEach(id -> kept.add(Integer.toString(id)));
    Path aside = file.resolveSibling(file.getFileName() + ".next");
    Files.write(aside, kept, StandardCharsets.US_ASCII);
    try (FileChannel sync = FileChannel.open(aside, StandardOpenOption.WRITE)) {
      sync.force(true);
    }
    try {
      Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING);
    }
    lines = kept.size();
    log = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
  }
}
