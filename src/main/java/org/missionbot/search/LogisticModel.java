package org.missionbot.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * A logistic regression over named features: a probability from a weighted sum. Its weights are a
 * versioned resource written by the {@code train} command, never edited by hand.
 *
 * @param features the names of the features, in the order {@link #probability} takes their values
 * @param weights one weight per feature
 * @param bias the intercept
 * @param threshold the probability from which the model says yes: fitted with the weights, or set apart on
 *     held-out questions (the decision's, by {@code calibrate})
 */
public record LogisticModel(List<String> features, double[] weights, double bias, double threshold)
    implements Classifier {

  private static final int FIT_ITERATIONS = 3000;
  private static final double FIT_RATE = 0.5;

  public LogisticModel {
    features = List.copyOf(features);
    weights = weights.clone();
    if (weights.length != features.size()) {
      throw new IllegalArgumentException(features.size() + " features but " + weights.length + " weights");
    }
  }

  @Override
  public double probability(double[] values) {
    if (values.length != weights.length) {
      throw new IllegalArgumentException("expected " + weights.length + " feature values, got " + values.length);
    }
    double sum = bias;
    for (int i = 0; i < values.length; i++) {
      sum += weights[i] * values[i];
    }
    return Classifier.logistic(sum);
  }

  /** Reads a model from a resource beside {@code near}; its features must be exactly {@code expected}. */
  public static LogisticModel load(Class<?> near, String resource, List<String> expected) {
    return read(Classifier.text(near, resource), resource, expected);
  }

  /** Reads a model from the text {@link #toProperties} wrote; its features must be exactly {@code expected}. */
  public static LogisticModel read(String text, String resource, List<String> expected) {
    Properties p = Classifier.properties(text);
    List<String> names = Classifier.features(p.getProperty("features", ""), resource, expected);
    double[] weights = names.stream().mapToDouble(n -> Double.parseDouble(p.getProperty("weight." + n))).toArray();
    return new LogisticModel(names, weights, Double.parseDouble(p.getProperty("bias")),
        Double.parseDouble(p.getProperty("threshold", "0.5")));
  }

  @Override
  public String toProperties(String comment) {
    StringBuilder out = new StringBuilder();
    comment.lines().forEach(l -> out.append("# ").append(l).append('\n'));
    out.append("features=").append(String.join(",", features)).append('\n');
    out.append(String.format(Locale.ROOT, "bias=%.6f%nthreshold=%.4f%n", bias, threshold));
    for (int i = 0; i < weights.length; i++) {
      out.append(String.format(Locale.ROOT, "weight.%s=%.6f%n", features.get(i), weights[i]));
    }
    return out.toString();
  }

  /**
   * Fits a model by projected gradient descent on the log loss with an L2 penalty, on standardized
   * features (so the penalty weighs every feature alike), keeping each weight to the sign known for
   * it: more coverage never argues against an answer, an unknown name never for one. A convex problem
   * from zero weights: the same data always gives the same model.
   *
   * @param signs per feature: 1 for a weight that may not be negative, -1 for one that may not be
   *     positive, 0 for either
   * @param rows one array of feature values per example
   * @param labels whether each example is positive
   */
  public static LogisticModel fit(List<String> features, List<Integer> signs, List<double[]> rows,
      List<Boolean> labels, double l2) {
    double[] penalties = new double[features.size()];
    Arrays.fill(penalties, l2);
    return fit(features, signs, rows, labels, penalties);
  }

  /**
   * As {@link #fit(List, List, List, List, double)}, with an L2 penalty per feature: many features
   * that each say little (the dimensions of a vector) need a stronger one than a few that each say much.
   */
  public static LogisticModel fit(List<String> features, List<Integer> signs, List<double[]> rows,
      List<Boolean> labels, double[] l2) {
    int n = features.size();
    if (l2.length != n) {
      throw new IllegalArgumentException(n + " features but " + l2.length + " penalties");
    }
    double[] mean = new double[n];
    double[] scale = new double[n];
    for (double[] x : rows) {
      for (int i = 0; i < n; i++) {
        mean[i] += x[i] / rows.size();
      }
    }
    for (double[] x : rows) {
      for (int i = 0; i < n; i++) {
        scale[i] += (x[i] - mean[i]) * (x[i] - mean[i]) / rows.size();
      }
    }
    for (int i = 0; i < n; i++) {
      scale[i] = scale[i] > 1e-12 ? Math.sqrt(scale[i]) : 1;
    }
    List<double[]> z = rows.stream().map(x -> standardized(x, mean, scale)).toList();
    double[] beta = new double[n + 1]; // standardized weights, then the bias last
    for (int it = 0; it < FIT_ITERATIONS; it++) {
      double[] grad = new double[n + 1];
      for (int r = 0; r < z.size(); r++) {
        double err = Classifier.logistic(dot(beta, z.get(r))) - (labels.get(r) ? 1 : 0);
        for (int i = 0; i <= n; i++) {
          grad[i] += err * z.get(r)[i] / z.size();
        }
      }
      for (int i = 0; i <= n; i++) {
        beta[i] -= FIT_RATE * (grad[i] + (i < n ? l2[i] * beta[i] : 0));
        if (i < n && signs.get(i) * beta[i] < 0) {
          beta[i] = 0;
        }
      }
    }
    double[] w = new double[n];
    double b = beta[n];
    for (int i = 0; i < n; i++) {
      w[i] = beta[i] / scale[i];
      b -= w[i] * mean[i];
    }
    return new LogisticModel(features, w, b, 0.5);
  }

  private static double[] standardized(double[] x, double[] mean, double[] scale) {
    double[] z = new double[x.length + 1];
    for (int i = 0; i < x.length; i++) {
      z[i] = (x[i] - mean[i]) / scale[i];
    }
    z[x.length] = 1;
    return z;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /** The same weights with another threshold. */
  @Override
  public LogisticModel withThreshold(double t) {
    return new LogisticModel(features, weights, bias, t);
  }
}
