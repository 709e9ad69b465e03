package org.missionbot.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * A learned yes-or-no over named features: a probability, and the threshold from which it says yes.
 * Its parameters are a versioned resource written by the {@code train} command (the threshold by
 * {@code calibrate}), never edited by hand.
 */
public interface Classifier {

  /** The names of the features, in the order {@link #probability} takes their values. */
  List<String> features();

  /** The probability for the features' values, in the order of {@link #features}. */
  double probability(double[] values);

  /** The probability from which the classifier says yes. */
  double threshold();

  /** The same classifier with another threshold. */
  Classifier withThreshold(double threshold);

  /** The classifier as the properties {@link #read} reads, with a comment on where it came from. */
  String toProperties(String comment);

  /** Whether the probability reaches the threshold. */
  default boolean says(double[] values) {
    return probability(values) >= threshold();
  }

  /** Reads a classifier from a resource beside {@code near}; its features must be exactly {@code expected}. */
  static Classifier load(Class<?> near, String resource, List<String> expected) {
    return read(text(near, resource), resource, expected);
  }

  /** The text of a model's resource beside {@code near}. */
  static String text(Class<?> near, String resource) {
    try (InputStream in = near.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing model " + resource + " beside " + near.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the text a classifier's {@link #toProperties} wrote: boosted trees when its {@code model}
   * says so, else a logistic regression (which names no model).
   */
  static Classifier read(String text, String resource, List<String> expected) {
    return text.lines().anyMatch(("model=" + BoostedTrees.KIND)::equals)
        ? BoostedTrees.read(text, resource, expected) : LogisticModel.read(text, resource, expected);
  }

  /**
   * The probability of log-odds, computed with {@link StrictMath}: the same bits on every JVM, so that
   * the same rows fit the same model and the same feature values give the same probability anywhere.
   */
  static double logistic(double logOdds) {
    return 1 / (1 + StrictMath.exp(-logOdds));
  }

  /** The feature names of a resource's {@code features} line, which must be exactly {@code expected}. */
  static List<String> features(String line, String resource, List<String> expected) {
    List<String> names = Arrays.stream(line.split(",")).map(String::strip).toList();
    if (!names.equals(expected)) {
      throw new IllegalStateException(resource + " has features " + names + ", the code computes " + expected
          + ": train it again");
    }
    return names;
  }

  /** The properties of a model's text. */
  static Properties properties(String text) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
