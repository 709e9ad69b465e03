package org.missionbot.search;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gradient-boosted regression trees over named features: a probability from the sum of the trees'
 * leaves (log-odds) and a base, fitted by {@link Boosting}. Unlike a weighted sum it weighs features
 * together ("covers the whole question" counts for more when the passage holds the kind of thing
 * asked); like one, it can be held to a direction per feature: each tree is monotone in them
 * ({@link #isMonotone}).
 *
 * <p>The trees are also kept end to end in a few arrays, which a sum reads in order: 800 trees read
 * from their own arrays took 25 us a probability, mostly waiting on memory.
 */
public final class BoostedTrees implements Classifier {

  /** The {@code model} property that names this kind of classifier in its resource. */
  static final String KIND = "boosted-trees";

  private final List<String> features;
  private final double base;
  private final List<Tree> trees;
  private final double threshold;
  // every tree's nodes end to end: a leaf's feature is -1 and its value stands where a split's cut does
  private final int[] feature;
  private final double[] cutOrValue;
  private final int[] left;
  private final int[] right;
  private final int[] roots;

  /**
   * Trees over named features, each adding its leaf's value to the base.
   *
   * @param features the names of the features, in the order {@link #probability} takes their values
   * @param base the log-odds every sum starts from
   * @param trees the trees, each adding its leaf's value
   * @param threshold the probability from which the model says yes (the decision's is set by {@code calibrate})
   */
  public BoostedTrees(List<String> features, double base, List<Tree> trees, double threshold) {
    this.features = List.copyOf(features);
    this.base = base;
    this.trees = List.copyOf(trees);
    this.threshold = threshold;
    int nodes = trees.stream().mapToInt(t -> t.feature().length).sum();
    feature = new int[nodes];
    cutOrValue = new double[nodes];
    left = new int[nodes];
    right = new int[nodes];
    roots = new int[trees.size()];
    int at = 0;
    for (int t = 0; t < trees.size(); t++) {
      Tree tree = trees.get(t);
      roots[t] = at;
      for (int i = 0; i < tree.feature().length; i++, at++) {
        feature[at] = tree.feature()[i];
        cutOrValue[at] = tree.feature()[i] < 0 ? tree.value()[i] : tree.cut()[i];
        left[at] = roots[t] + tree.left()[i];
        right[at] = roots[t] + tree.right()[i];
      }
    }
  }

  @Override
  public List<String> features() {
    return features;
  }

  @Override
  public double threshold() {
    return threshold;
  }

  /**
   * One regression tree as parallel arrays, its root at 0: a node with a feature of -1 is a leaf with
   * its value; any other goes left when the feature's value is at most its cut, else right.
   */
  public record Tree(int[] feature, double[] cut, int[] left, int[] right, double[] value) {

    /** The most nodes a tree may have: its resource numbers them in a byte. */
    static final int MAX_NODES = 256;

    public Tree {
      int n = feature.length;
      if (n == 0 || n > MAX_NODES || cut.length != n || left.length != n || right.length != n || value.length != n) {
        throw new IllegalArgumentException("a tree needs 1 to " + MAX_NODES + " nodes, each with a feature, a cut, "
            + "two children and a value: " + n + " features, " + cut.length + " cuts, " + value.length + " values");
      }
    }

    /** A tree from its nodes in order, each {feature (-1: a leaf), cut or leaf value, left child, right child}. */
    static Tree of(List<double[]> nodes) {
      int n = nodes.size();
      Tree tree = new Tree(new int[n], new double[n], new int[n], new int[n], new double[n]);
      for (int i = 0; i < n; i++) {
        double[] node = nodes.get(i);
        tree.feature[i] = (int) node[0];
        (tree.feature[i] < 0 ? tree.value : tree.cut)[i] = node[1];
        tree.left[i] = (int) node[2];
        tree.right[i] = (int) node[3];
      }
      return tree;
    }

    /** The least and the greatest leaf value under a node. */
    private double[] range(int node) {
      if (feature[node] < 0) {
        return new double[] {value[node], value[node]};
      }
      double[] l = range(left[node]);
      double[] r = range(right[node]);
      return new double[] {Math.min(l[0], r[0]), Math.max(l[1], r[1])};
    }

    /**
     * Whether every split on a feature with a direction sends the greater values to leaves at least as
     * high (or, for -1, as low): enough for the tree to be monotone in that feature, if not needed.
     */
    boolean isMonotone(List<Integer> signs) {
      for (int node = 0; node < feature.length; node++) {
        int sign = feature[node] < 0 ? 0 : signs.get(feature[node]);
        if (sign != 0) {
          double[] l = range(left[node]);
          double[] r = range(right[node]);
          if (sign > 0 ? l[1] > r[0] : l[0] < r[1]) {
            return false;
          }
        }
      }
      return true;
    }
  }

  @Override
  public double probability(double[] values) {
    if (values.length != features.size()) {
      throw new IllegalArgumentException("expected " + features.size() + " feature values, got " + values.length);
    }
    double sum = base;
    for (int root : roots) {
      int node = root;
      while (feature[node] >= 0) {
        node = values[feature[node]] <= cutOrValue[node] ? left[node] : right[node];
      }
      sum += cutOrValue[node];
    }
    return Classifier.logistic(sum);
  }

  /**
   * Whether raising a feature with a direction of 1 (or lowering one of -1), the others held, never
   * lowers the probability: the direction a feature is known to argue in holds for the whole model.
   */
  public boolean isMonotone(List<Integer> signs) {
    if (signs.size() != features.size()) {
      throw new IllegalArgumentException(features.size() + " features but " + signs.size() + " signs");
    }
    return trees.stream().allMatch(t -> t.isMonotone(signs));
  }

  @Override
  public BoostedTrees withThreshold(double t) {
    return new BoostedTrees(features, base, trees, t);
  }

  @Override
  public String toProperties(String comment) {
    StringBuilder out = new StringBuilder();
    comment.lines().forEach(l -> out.append("# ").append(l).append('\n'));
    out.append("model=").append(KIND).append('\n');
    out.append("features=").append(String.join(",", features)).append('\n');
    out.append("base=").append(base).append('\n');
    out.append(String.format(Locale.ROOT, "threshold=%.4f%n", threshold));
    out.append("trees=").append(trees.size()).append('\n');
    for (int t = 0; t < trees.size(); t++) {
      out.append("tree.").append(t).append('=').append(written(trees.get(t))).append('\n');
    }
    return out.toString();
  }

  /**
   * A tree's nodes in order, packed and written in Base64 (a text of numbers would take a third of a
   * second to read at every start): per node a feature as a short, then for a split its cut as a double
   * and the indices of its two children as bytes, for a leaf (feature -1) its value as a double.
   */
  private static String written(Tree tree) {
    int n = tree.feature().length;
    ByteBuffer out = ByteBuffer.allocate(n * 12);
    for (int i = 0; i < n; i++) {
      out.putShort((short) tree.feature()[i]);
      if (tree.feature()[i] < 0) {
        out.putDouble(tree.value()[i]);
      } else {
        out.putDouble(tree.cut()[i]).put((byte) tree.left()[i]).put((byte) tree.right()[i]);
      }
    }
    return Base64.getEncoder().encodeToString(Arrays.copyOf(out.array(), out.position()));
  }

  /**
   * Reads the text {@link #toProperties} wrote; its features must be exactly {@code expected}. Its
   * lines are read here rather than as {@link java.util.Properties}, which takes a tenth of a second
   * longer over 800 trees at start.
   */
  static BoostedTrees read(String text, String resource, List<String> expected) {
    Map<String, String> p = new HashMap<>();
    text.lines().filter(l -> !l.startsWith("#") && l.indexOf('=') > 0)
        .forEach(l -> p.put(l.substring(0, l.indexOf('=')).strip(), l.substring(l.indexOf('=') + 1).strip()));
    List<String> names = Classifier.features(p.getOrDefault("features", ""), resource, expected);
    int count = (int) number(p, "trees", resource);
    if (count < 1 || p.containsKey("tree." + count)) {
      throw new IllegalStateException(resource + " says it has " + count + " trees, and has other than that");
    }
    List<Tree> trees = new ArrayList<>(count);
    for (int t = 0; t < count; t++) {
      trees.add(tree(p.get("tree." + t), names.size(), resource + " tree " + t));
    }
    return new BoostedTrees(names, number(p, "base", resource), trees,
        p.containsKey("threshold") ? number(p, "threshold", resource) : 0.5);
  }

  /** A finite number a resource must give under its key. */
  private static double number(Map<String, String> p, String key, String resource) {
    try {
      double value = Double.parseDouble(p.getOrDefault(key, ""));
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // said below, with the resource and the key
    }
    throw new IllegalStateException(resource + " has no number for " + key + ": " + p.get(key));
  }

  private static Tree tree(String text, int featureCount, String where) {
    if (text == null) {
      throw new IllegalStateException(where + " is missing");
    }
    try {
      ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(text));
      List<double[]> nodes = new ArrayList<>(); // feature, cut or value, left, right
      while (in.hasRemaining()) {
        int feature = in.getShort();
        nodes.add(feature < 0 ? new double[] {-1, in.getDouble(), 0, 0}
            : new double[] {feature, in.getDouble(), in.get() & 0xFF, in.get() & 0xFF});
      }
      return checked(Tree.of(nodes), featureCount, where);
    } catch (IllegalArgumentException | BufferUnderflowException e) {
      throw new IllegalStateException(where + " is damaged: " + e.getMessage(), e);
    }
  }

  /** The tree, when each split names a feature there is and points to later nodes, and every number is finite. */
  private static Tree checked(Tree tree, int featureCount, String where) {
    int n = tree.feature().length;
    for (int i = 0; i < n; i++) {
      int f = tree.feature()[i];
      boolean leaf = f < 0;
      if (!leaf && (f >= featureCount || tree.left()[i] <= i || tree.right()[i] <= i || tree.left()[i] >= n
          || tree.right()[i] >= n)) {
        throw new IllegalStateException(where + " has a node pointing nowhere: node " + i + " of " + n);
      }
      if (!Double.isFinite(leaf ? tree.value()[i] : tree.cut()[i])) {
        throw new IllegalStateException(where + " has a node with no number: node " + i + " of " + n);
      }
    }
    return tree;
  }
}
