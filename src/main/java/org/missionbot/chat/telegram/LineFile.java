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
import java.util.List;

/**
 * An append-only file of UTF-8 lines, rewritten whole when it has grown (written aside, synced, then
 * moved over it, so a crash leaves the old file or the new one): the durable part of the record of
 * answered updates and of the journal. Not thread-safe: its owner locks.
 */
final class LineFile implements AutoCloseable {

  private final Path file;
  private FileChannel channel;
  private int lines;

  private LineFile(Path file) {
    this.file = file;
  }

  /**
   * The lines of {@code file} (none when it is missing), a line torn by a crash included as it is:
   * bytes that are not UTF-8 are read as U+FFFD, so the caller's parsing refuses that line.
   */
  static List<String> read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
  }

  /** The file (and its folder) made to hold exactly {@code lines}, open for appending. */
  static LineFile create(Path file, List<String> lines) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    LineFile created = new LineFile(file);
    created.rewrite(lines);
    return created;
  }

  /** Appends a line; on disk before this returns when {@code sync}. */
  void append(String line, boolean sync) throws IOException {
    channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
    if (sync) {
      channel.force(false);
    }
    lines++;
  }

  /** How many lines the file holds. */
  int lines() {
    return lines;
  }

  /** Replaces the file's lines with {@code kept}; on a failure the old file stays, open as it was. */
  void rewrite(List<String> kept) throws IOException {
    Path aside = file.resolveSibling(file.getFileName() + ".next");
    Files.write(aside, kept, StandardCharsets.UTF_8);
    try (FileChannel sync = FileChannel.open(aside, StandardOpenOption.WRITE)) {
      sync.force(true);
    }
    if (channel != null) {
      channel.close(); // only now: a failure before leaves the old file and its open channel as they were
      channel = null;
    }
    try {
      try {
        Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING);
      }
      lines = kept.size();
    } finally {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.APPEND); // the new file, or the old
    }
  }

  @Override
  public void close() throws IOException {
    if (channel != null) {
      channel.close();
      channel = null;
    }
  }
}
