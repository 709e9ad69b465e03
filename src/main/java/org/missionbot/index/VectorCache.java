package org.missionbot.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Passage vectors kept on disk by a hash of the model's id and the passage's text, so that a rebuild
 * embeds only text it has not seen. The file is append-only: a record is a 32-byte SHA-256 and the
 * vector's floats; a torn last record (a crash mid-write) is ignored and written again.
 */
final class VectorCache {

  private final Embedder embedder;
  private final Path file;
  private final Map<String, float[]> known = new HashMap<>();
  private int embedded;

  private VectorCache(Embedder embedder, Path file) {
    this.embedder = embedder;
    this.file = file;
  }

  /** The cache of the embedder's vectors in {@code folder}, read whole. */
  static VectorCache open(Embedder embedder, Path folder) throws IOException {
    String name = "vectors-" + sha256(embedder.id()).substring(0, 12) + ".bin";
    VectorCache cache = new VectorCache(embedder, folder.resolve(name));
    cache.read();
    return cache;
  }

  /** The vectors of the texts, in order, embedding (and remembering) those not cached yet. */
  List<float[]> vectors(List<String> texts) throws IOException {
    List<String> keys = texts.stream().map(this::key).toList();
    Map<String, String> missing = new LinkedHashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      if (!known.containsKey(keys.get(i))) {
        missing.putIfAbsent(keys.get(i), texts.get(i));
      }
    }
    if (!missing.isEmpty()) {
      append(List.copyOf(missing.keySet()), embedder.passages(List.copyOf(missing.values())));
    }
    return keys.stream().map(known::get).toList();
  }

  /** How many texts this cache had to embed since it was opened. */
  int embedded() {
    return embedded;
  }

  private void append(List<String> keys, List<float[]> vectors) throws IOException {
    try (OutputStream raw = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw))) {
      for (int i = 0; i < keys.size(); i++) {
        String key = keys.get(i);
        out.write(HexFormat.of().parseHex(key));
        for (float f : vectors.get(i)) {
          out.writeFloat(f);
        }
        known.put(key, vectors.get(i));
      }
    }
    embedded += keys.size();
  }

  private void read() throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    long complete = 0;
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      byte[] key = new byte[32];
      while (true) {
        in.readFully(key);
        float[] vector = new float[embedder.dimensions()];
        for (int d = 0; d < vector.length; d++) {
          vector[d] = in.readFloat();
        }
        known.put(HexFormat.of().formatHex(key), vector);
        complete += key.length + 4L * vector.length;
      }
    } catch (EOFException end) {
      truncate(complete);
    }
  }

  /** Cuts a torn last record off, so that appends start on a record boundary. */
  private void truncate(long complete) throws IOException {
    if (Files.size(file) != complete) {
      try (var channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
        channel.truncate(complete);
      }
    }
  }

  private String key(String text) {
    return sha256(embedder.id() + "\n" + text);
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
