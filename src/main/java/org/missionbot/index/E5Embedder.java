package org.missionbot.index;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
  private static final LoadOnce<AbstractInProcessEmbeddingModel> MODEL =
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
  static synchronized void warmUp() {
    if (warmingUp != null) {
      return; // one warm-up a process: the model loads once
    }
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

  /** The model and its tokenizer inside the jar (where {@link E5SmallV2QuantizedEmbeddingModel} reads them). */
  static final String MODEL_RESOURCE = "/e5-small-v2-q.onnx";
  static final String TOKENIZER_RESOURCE = "/e5-small-v2-q-tokenizer.json";

  private static AbstractInProcessEmbeddingModel load() {
    return load(ModelFiles.forUser(System.getenv(), System.getProperty("user.home")));
  }

  /**
   * The model from its files in the cache folder, which ONNX Runtime reads itself, else from the jar
   * (the same model, mean-pooled as {@link E5SmallV2QuantizedEmbeddingModel} does).
   */
  static AbstractInProcessEmbeddingModel load(ModelFiles files) {
    if (System.getenv(DJL_TRACKING) == null && System.getProperty(DJL_TRACKING) == null) {
      // DJL's tokenizer asks the EC2 metadata address, at every start, whether to send AWS telemetry:
      // a network call the bot never needs, and on some networks a wait for its time-out
      System.setProperty(DJL_TRACKING, "true");
    }
    String platform = onnxPlatform();
    if (platform != null && System.getProperty(ONNX_NATIVE_PATH) == null) {
      // ONNX Runtime loads its native libraries from this folder instead of copying them out of the jar at every start
      String natives = "/ai/onnxruntime/native/" + platform + "/";
      List<String> libraries = List.of(System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"));
      Path folder = files.copiedLibraries("onnxruntime-" + platform, libraries.stream().map(l -> natives + l).toList());
      // not from a disk mounted without the right to run code from it (noexec): copied out of the jar as before
      if (folder != null && libraries.stream().allMatch(l -> Files.isExecutable(folder.resolve(l)))) {
        System.setProperty(ONNX_NATIVE_PATH, folder.toString());
      }
    }
    Path model = files.copied(MODEL_RESOURCE);
    Path tokenizer = model == null ? null : files.copied(TOKENIZER_RESOURCE);
    AbstractInProcessEmbeddingModel loaded = tokenizer == null ? null : fromFiles(model, tokenizer);
    if (loaded == null) {
      loaded = new E5SmallV2QuantizedEmbeddingModel();
    }
    removeNativeFolder();
    return loaded;
  }

  /** The model from its copied files, or null when ONNX Runtime cannot read them after all (the jar's is read then). */
  private static AbstractInProcessEmbeddingModel fromFiles(Path model, Path tokenizer) {
    try {
      return new OnnxEmbeddingModel(model, tokenizer, PoolingMode.MEAN);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** DJL's switch (environment variable or system property) that turns its telemetry off. */
  static final String DJL_TRACKING = "OPT_OUT_TRACKING";
  /** The system property that tells ONNX Runtime the folder of its native libraries. */
  private static final String ONNX_NATIVE_PATH = "onnxruntime.native.path";

  /** The folder of ONNX Runtime's jar holding this machine's native libraries ("linux-x64"), as it names them; null if none. */
  static String onnxPlatform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String system = os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win" : os.contains("nux") ? "linux" : null;
    String machine = arch.startsWith("amd64") || arch.startsWith("x86_64") ? "x64" : arch.startsWith("aarch64") ? "aarch64" : null;
    return system == null || machine == null ? null : system + "-" + machine;
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
