package org.missionbot.index;

import java.util.List;

/**
 * A text embedding model: turns questions and passages into unit vectors whose dot product says how
 * close their meanings are. Implementations are thread-safe.
 */
public interface Embedder {

  /** A name for the model and how it is used; vectors of one id never mix with another's. */
  String id();

  /** The length of every vector. */
  int dimensions();

  /** The vector of a question, as asked. */
  float[] query(String text);

  /** The vectors of passages, in order. */
  List<float[]> passages(List<String> texts);

  /** The model shipped with the jar, loaded once per process on first use (getting it does not wait). */
  static Embedder shipped() {
    return E5Embedder.shared();
  }

  /** The shipped model without its question cache, for measuring what a new question costs. */
  static Embedder shippedUncached() {
    return E5Embedder.uncached();
  }

  /** Starts loading the shipped model in the background, so that it is ready by the first question. */
  static void warmUp() {
    E5Embedder.warmUp();
  }

  /** Waits for a warm-up begun by {@link #warmUp} to end: the JVM must not exit while it runs native code. */
  static void awaitWarmUp() {
    E5Embedder.awaitWarmUp();
  }

  /**
   * Loads the shipped model, or waits for its loading to end: for a long run (the chat channels),
   * which should fail at start, not at its first question, when the model cannot be loaded.
   *
   * @throws IllegalStateException when the model cannot be loaded
   */
  static void awaitShipped() {
    E5Embedder.ready();
  }

  /** The dot product of two vectors of the same length: their cosine similarity when both are unit vectors. */
  static float dot(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length + " dimensions");
    }
    float sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
