package org.missionbot.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorCacheTest {

  @TempDir
  Path folder;

  /** An embedder that counts what it embeds: the vector of a text is its length and its first char. */
  static final class Counting implements Embedder {
    final AtomicInteger embedded = new AtomicInteger();

    @Override
    public String id() {
      return "counting";
    }

    @Override
    public int dimensions() {
      return 2;
    }

    @Override
    public float[] query(String text) {
      return vector(text);
    }

    @Override
    public List<float[]> passages(List<String> texts) {
      embedded.addAndGet(texts.size());
      return texts.stream().map(Counting::vector).toList();
    }

    static float[] vector(String text) {
      return new float[] {text.length(), text.isEmpty() ? 0 : text.charAt(0)};
    }
  }

  @Test
  void aRebuildEmbedsOnlyTextItHasNotSeen() throws IOException {
    Counting embedder = new Counting();
    List<float[]> first = VectorCache.open(embedder, folder).vectors(List.of("alpha", "beta", "alpha"));
    assertEquals(2, embedder.embedded.get(), "alpha once");

    VectorCache reopened = VectorCache.open(embedder, folder);
    List<float[]> second = reopened.vectors(List.of("beta", "gamma", "alpha"));

    assertEquals(3, embedder.embedded.get(), "only gamma is new");
    assertEquals(1, reopened.embedded());
    assertArrayEquals(first.get(1), second.get(0));
    assertArrayEquals(Counting.vector("gamma"), second.get(1));
  }

  @Test
  void aTornLastRecordIsDroppedAndWrittenAgain() throws IOException {
    Counting embedder = new Counting();
    VectorCache.open(embedder, folder).vectors(List.of("alpha", "beta"));
    Path file;
    try (var files = Files.list(folder)) {
      file = files.findFirst().orElseThrow();
    }
    Files.write(file, new byte[] {1, 2, 3}, StandardOpenOption.APPEND); // a crash mid-record

    List<float[]> vectors = VectorCache.open(embedder, folder).vectors(List.of("alpha", "beta", "delta"));

    assertEquals(3, embedder.embedded.get(), "alpha and beta were kept; delta is new");
    assertArrayEquals(Counting.vector("delta"), vectors.get(2));
    assertEquals(3 * (32 + 2 * 4), Files.size(file), "three whole records, the torn bytes gone");
  }
}
