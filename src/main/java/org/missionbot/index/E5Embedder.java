package org.missionbot.index;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.missionbot.corpus.LoadOnce;
import org.missionbot.corpus.Memo;

/**
 * The E5-small-v2 embedding model (quantized, 384 dimensions), run in process by ONNX Runtime from
 * the model inside the jar. E5 was trained with "query: " and "passage: " before each text, so both
 * sides get theirs. Its vectors are unit length.
 */
final class E5Embedder implements Embedder {

  private static final int DIMENSIONS = 384;
  /** How many passages go to the model at once: enough to keep both cores busy, little memory. */
  private static final int BATCH = 64;
  /** The one model of this process (about a second to load). */
  private static final LoadOnce<E5SmallV2QuantizedEmbeddingModel> MODEL =
      new LoadOnce<>("the embedding model inside the jar", E5Embedder::load);
  private static final E5Embedder SHARED = new E5Embedder(true);

  /** Questions come back (follow-ups, retries, the same question from many people); null: not cached. */
  private final Memo<String, float[]> queries;

  private E5Embedder(boolean cached) {
    this.queries = cached ? new Memo<>(2048, this::embedQuery) : null;
  }

  /** The shared model without the question cache: every question is embedded, as a benchmark needs. */
  static E5Embedder uncached() {
    return new E5Embedder(false);
  }

  /**
   * The embedder of this process. Getting it does not wait for the model, which loads on first use
   * (or in the background after {@link #warmUp}): opening the index and reading the question's
   * languages go on meanwhile.
   */
  static E5Embedder shared() {
    return SHARED;
  }

  /** How long a JVM's exit waits for the model's warm-up to end, in milliseconds. */
  private static final long EXIT_WAIT = 30_000;
  /** The thread of the last warm-up started, or null. */
  private static volatile Thread warmingUp;

  /**
   * Starts loading the model on a background thread, so that it is ready when the first question
   * comes. A failure there is kept and reported to whoever needs the model ({@link #ready} or a question).
   */
  static void warmUp() {
    Thread thread = new Thread(() -> {
      try {
        SHARED.query("warm up");
      } catch (RuntimeException e) {
        // kept by MODEL: the first question, or ready(), reports it
      }
    }, "embedder-warm-up");
    thread.setDaemon(true);
    warmingUp = thread;
    thread.start();
  }

  /**
   * Waits for a warm-up started by {@link #warmUp} to end, at most {@link #EXIT_WAIT}: a JVM that exits
   * while ONNX Runtime builds its session in native code dies of SIGSEGV (exit 134, an hs_err file in
   * the working folder), as ONNX Runtime's own shutdown hook closes its environment beside it.
   */
  static void awaitWarmUp() {
    Thread thread = warmingUp;
    if (thread != null) {
      try {
        thread.join(EXIT_WAIT);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static E5SmallV2QuantizedEmbeddingModel load() {
    E5SmallV2QuantizedEmbeddingModel model = new E5SmallV2QuantizedEmbeddingModel();
    removeNativeFolder();
    return model;
  }

  /**
   * Removes the folder into which ONNX Runtime copied its native libraries on loading them (16 MB in
   * a new "onnxruntime-java…" folder of the temporary directory at every start). ONNX Runtime asks to
   * delete it on exit, but before its files, so the folder stays; a killed process leaves the
   * libraries too: every `ask` run left a folder. Once loaded, the libraries are mapped into the
   * process and need no files. The folder is ONNX Runtime's own record of it, read by reflection; if
   * a later version names it otherwise, nothing is removed. (A GPU provider, which ONNX Runtime would
   * copy there later, cannot load after this; the bot runs on the CPU.) Nothing that goes wrong here
   * may fail the model: it is tidying only.
   */
  private static void removeNativeFolder() {
    Path folder;
    try {
      Field field = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("tempDirectory");
      field.setAccessible(true);
      folder = (Path) field.get(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return;
    }
    if (folder == null || !folder.getFileName().toString().startsWith("onnxruntime-java")) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException | RuntimeException e) {
      // left behind, as before: the model is loaded all the same
    }
  }

  /** Loads the model, or waits for its loading to end; throws when it cannot be loaded. */
  static void ready() {
    MODEL.get();
  }

  @Override
  public String id() {
    return "e5-small-v2-q/query-passage-prefixes";
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public float[] query(String text) {
    return queries == null ? embedQuery(text) : queries.get(text);
  }

  private float[] embedQuery(String text) {
    return embed("query: " + text);
  }

  private float[] embed(String text) {
    return MODEL.get().embed(text).content().vector();
  }


  @Override
  public List<float[]> passages(List<String> texts) {
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (int from = 0; from < texts.size(); from += BATCH) {
      List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + BATCH)).stream()
          .map(t -> TextSegment.from("passage: " + t)).toList();
      MODEL.get().embedAll(batch).content().forEach(e -> vectors.add(e.vector()));
    }
    return vectors;
  }
}
