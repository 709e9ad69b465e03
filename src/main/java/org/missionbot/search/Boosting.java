package org.missionbot.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Fits {@link BoostedTrees} by gradient boosting on the log loss: each tree, grown level by level to a
 * fixed depth over features cut into at most {@link Settings#bins} ranges, takes a Newton step
 * towards the labels from where the trees before it left each example. A feature with a direction is
 * held to it by bounds on the leaves (each split on it keeps every leaf on its lower side at most the
 * midpoint of the two sides' values, every leaf on its upper side at least it). No sampling: the same
 * rows always give the same trees.
 */
public final class Boosting {

  /**
   * How the trees grow.
   *
   * @param trees how many trees
   * @param depth how many splits from a tree's root to its deepest leaf (at most 7: a tree's nodes are numbered in a byte)
   * @param rate how much of each tree's Newton step is taken (shrinkage)
   * @param minLeaf the fewest examples a leaf may hold
   * @param l2 the penalty on a leaf's value, against leaves of few, all-alike examples
   * @param bins the most ranges a feature is cut into (at most 256, the values of a byte, as other
   *     histogram boostings keep them)
   */
  public record Settings(int trees, int depth, double rate, int minLeaf, double l2, int bins) {
    public Settings {
      if (trees < 1 || depth < 1 || depth > 7 || rate <= 0 || minLeaf < 1 || l2 < 0 || bins < 2 || bins > 256) {
        throw new IllegalArgumentException("bad boosting settings: " + trees + " trees, depth " + depth + ", rate "
            + rate + ", leaves of " + minLeaf + ", l2 " + l2 + ", " + bins + " bins");
      }
    }
  }

  private final int[][] bins; // by feature, then row: the range each value falls in
  private final double[][] cuts; // by feature: the upper end of each range but the last
  private final List<Integer> signs;
  private final Settings settings;
  private final double[] gradient;
  private final double[] hessian;

  private Boosting(List<double[]> rows, List<Integer> signs, Settings settings) {
    int features = signs.size();
    this.signs = signs;
    this.settings = settings;
    this.cuts = new double[features][];
    this.bins = new int[features][];
    IntStream.range(0, features).parallel().forEach(f -> {
      double[] column = rows.stream().mapToDouble(r -> r[f]).toArray();
      cuts[f] = cuts(column, settings.bins());
      bins[f] = Arrays.stream(column).mapToInt(x -> bin(cuts[f], x)).toArray();
    });
    this.gradient = new double[rows.size()];
    this.hessian = new double[rows.size()];
  }

  /** Fits trees to the rows; {@code signs} gives each feature's direction (1, -1, or 0 for none). */
  public static BoostedTrees fit(List<String> features, List<Integer> signs, List<double[]> rows, List<Boolean> labels,
      Settings settings) {
    if (signs.size() != features.size() || rows.size() != labels.size() || rows.isEmpty()) {
      throw new IllegalArgumentException(features.size() + " features, " + signs.size() + " signs, " + rows.size()
          + " rows, " + labels.size() + " labels");
    }
    long positive = labels.stream().filter(b -> b).count();
    double base = StrictMath.log((positive + 0.5) / (rows.size() - positive + 0.5));
    Boosting boosting = new Boosting(rows, signs, settings);
    double[] score = new double[rows.size()];
    Arrays.fill(score, base);
    List<BoostedTrees.Tree> trees = new ArrayList<>(settings.trees());
    for (int t = 0; t < settings.trees(); t++) {
      for (int r = 0; r < score.length; r++) {
        double p = Classifier.logistic(score[r]);
        boosting.gradient[r] = p - (labels.get(r) ? 1 : 0);
        boosting.hessian[r] = Math.max(p * (1 - p), 1e-12);
      }
      trees.add(boosting.tree(score));
    }
    return new BoostedTrees(features, base, trees, 0.5);
  }

  /**
   * The cut points of a feature's values: between each two distinct values when there are at most
   * {@code bins} of them, else at even shares of the rows (at most {@code bins - 1} cuts, each between two distinct values).
   */
  static double[] cuts(double[] column, int bins) {
    double[] sorted = column.clone();
    Arrays.sort(sorted);
    List<Double> cuts = new ArrayList<>();
    int n = sorted.length;
    boolean few = Arrays.stream(sorted).distinct().count() <= bins; // then a range for each value
    int next = 1; // the next share of the rows to cut at
    for (int i = 1; i < n; i++) {
      if (sorted[i] > sorted[i - 1] && (few || (long) i * bins >= (long) next * n)) {
        cuts.add(sorted[i - 1] + (sorted[i] - sorted[i - 1]) / 2);
        next = (int) ((long) i * bins / n) + 1;
      }
    }
    return cuts.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The range a value falls in: how many cuts lie below it. */
  static int bin(double[] cuts, double x) {
    int at = Arrays.binarySearch(cuts, x);
    return at >= 0 ? at : -at - 1;
  }

  /** Grows one tree on the current gradients and adds its leaves to the scores. */
  private BoostedTrees.Tree tree(double[] score) {
    Nodes nodes = new Nodes();
    grow(nodes, IntStream.range(0, score.length).toArray(), 0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, score);
    return nodes.tree();
  }

  /** Adds the node for these rows (and its subtree) and returns its index; a leaf adds its value to the rows' scores. */
  private int grow(Nodes nodes, int[] rows, int depth, double lo, double hi, double[] score) {
    double g = 0;
    double h = 0;
    for (int r : rows) {
      g += gradient[r];
      h += hessian[r];
    }
    Split split = depth < settings.depth() ? best(rows, g, h, lo, hi) : null;
    int node = nodes.add();
    if (split == null) {
      double value = settings.rate() * clip(-g / (h + settings.l2()), lo, hi);
      nodes.leaf(node, value);
      for (int r : rows) {
        score[r] += value;
      }
      return node;
    }
    int[] left = Arrays.stream(rows).filter(r -> bins[split.feature][r] <= split.bin).toArray();
    int[] right = Arrays.stream(rows).filter(r -> bins[split.feature][r] > split.bin).toArray();
    int sign = signs.get(split.feature);
    double mid = (split.leftValue + split.rightValue) / 2;
    int l = grow(nodes, left, depth + 1, sign < 0 ? Math.max(lo, mid) : lo, sign > 0 ? Math.min(hi, mid) : hi, score);
    int r = grow(nodes, right, depth + 1, sign > 0 ? Math.max(lo, mid) : lo, sign < 0 ? Math.min(hi, mid) : hi, score);
    nodes.split(node, split.feature, cuts[split.feature][split.bin], l, r);
    return node;
  }

  /** A split: rows whose feature falls in a range up to {@code bin} go left; the two sides' values and the loss it saves. */
  private record Split(int feature, int bin, double leftValue, double rightValue, double gain) {}

  /** The split that lowers the loss most, the first feature's on a tie; null when none does or none may. */
  private Split best(int[] rows, double g, double h, double lo, double hi) {
    double parent = loss(g, h, clip(-g / (h + settings.l2()), lo, hi));
    Split[] byFeature = IntStream.range(0, bins.length).parallel()
        .mapToObj(f -> best(f, rows, g, h, lo, hi, parent)).toArray(Split[]::new);
    Split best = null;
    for (Split s : byFeature) {
      if (s != null && (best == null || s.gain > best.gain)) {
        best = s;
      }
    }
    return best;
  }

  private Split best(int f, int[] rows, double g, double h, double lo, double hi, double parent) {
    int ranges = cuts[f].length + 1;
    if (ranges < 2) {
      return null;
    }
    double[] gs = new double[ranges];
    double[] hs = new double[ranges];
    int[] counts = new int[ranges];
    int[] column = bins[f];
    for (int r : rows) {
      int b = column[r];
      gs[b] += gradient[r];
      hs[b] += hessian[r];
      counts[b]++;
    }
    Split best = null;
    double gl = 0;
    double hl = 0;
    int cl = 0;
    int sign = signs.get(f);
    for (int b = 0; b < ranges - 1; b++) {
      gl += gs[b];
      hl += hs[b];
      cl += counts[b];
      if (cl < settings.minLeaf() || rows.length - cl < settings.minLeaf()) {
        continue;
      }
      double vl = clip(-gl / (hl + settings.l2()), lo, hi);
      double vr = clip(-(g - gl) / (h - hl + settings.l2()), lo, hi);
      if (sign > 0 && vl > vr || sign < 0 && vl < vr) {
        continue;
      }
      double gain = parent - loss(gl, hl, vl) - loss(g - gl, h - hl, vr);
      if (gain > 1e-12 && (best == null || gain > best.gain)) {
        best = new Split(f, b, vl, vr, gain);
      }
    }
    return best;
  }

  /** The second-order loss of giving value {@code v} to rows with these gradient and hessian sums. */
  private double loss(double g, double h, double v) {
    return g * v + 0.5 * (h + settings.l2()) * v * v;
  }

  private static double clip(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  /** A tree's nodes as they are added, root first: {feature (-1: a leaf), cut or leaf value, left, right}. */
  private static final class Nodes {
    private final List<double[]> nodes = new ArrayList<>();

    int add() {
      nodes.add(new double[] {-1, 0, 0, 0});
      return nodes.size() - 1;
    }

    void leaf(int node, double value) {
      nodes.get(node)[1] = value;
    }

    void split(int node, int feature, double cut, int left, int right) {
      nodes.set(node, new double[] {feature, cut, left, right});
    }

    BoostedTrees.Tree tree() {
      return BoostedTrees.Tree.of(nodes);
    }
  }
}
