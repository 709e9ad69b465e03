package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BoostingTest {

  private static final List<String> NAMES = List.of("a", "b", "noise");
  private static final Boosting.Settings SMALL = new Boosting.Settings(60, 3, 0.2, 5, 0, 32);

  private static List<double[]> rows(Random random, int n) {
    List<double[]> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(new double[] {random.nextDouble(), random.nextDouble(), random.nextDouble()});
    }
    return rows;
  }

  /** Both a and b high: a question covered and the thing asked held, together and only together. */
  private static final Predicate<double[]> BOTH = x -> x[0] > 0.5 && x[1] > 0.5;

  private static long right(Classifier model, List<double[]> rows, Predicate<double[]> truth) {
    return rows.stream().filter(x -> model.says(x) == truth.test(x)).count();
  }

  @Test
  void fitLearnsWhatFeaturesSayTogetherAndIsTheSameEveryTime() {
    List<double[]> rows = rows(new Random(1), 600);
    List<Boolean> labels = rows.stream().map(BOTH::test).toList();
    BoostedTrees trees = Boosting.fit(NAMES, List.of(0, 0, 0), rows, labels, SMALL);
    LogisticModel sum = LogisticModel.fit(NAMES, List.of(0, 0, 0), rows, labels, 1e-3);

    List<double[]> unseen = rows(new Random(2), 600);
    assertTrue(right(trees, unseen, BOTH) > 570, right(trees, unseen, BOTH) + " of 600 unseen rows right");
    assertTrue(right(trees, unseen, BOTH) > right(sum, unseen, BOTH) + 20,
        "a weighted sum cannot say 'only together' as well: " + right(sum, unseen, BOTH));
    assertEquals(trees.toProperties(""), Boosting.fit(NAMES, List.of(0, 0, 0), rows, labels, SMALL).toProperties(""));
  }

  @Test
  void aFeatureHeldToADirectionNeverArguesTheOtherWay() {
    Random random = new Random(3);
    List<double[]> rows = rows(random, 600);
    // the labels say 'a' argues against, half the time; the direction says it may only argue for
    List<Boolean> labels = rows.stream().map(x -> x[1] > 0.5 && (x[0] < 0.5 || random.nextBoolean())).toList();
    BoostedTrees trees = Boosting.fit(NAMES, List.of(1, 0, 0), rows, labels, SMALL);
    BoostedTrees free = Boosting.fit(NAMES, List.of(0, 0, 0), rows, labels, SMALL);

    assertTrue(trees.isMonotone(List.of(1, 0, 0)));
    assertFalse(free.isMonotone(List.of(1, 0, 0)), "unheld, the trees learn what the labels say");
    for (double b : new double[] {0.2, 0.7}) {
      double before = 0;
      for (int step = 0; step <= 20; step++) {
        double p = trees.probability(new double[] {step / 20.0, b, 0.5});
        assertTrue(p >= before - 1e-12, "raising a lowered the probability at a=" + step / 20.0 + ", b=" + b);
        before = p;
      }
    }
  }

  @Test
  void aModelReadBackAnswersAsTheOneWritten() {
    List<double[]> rows = rows(new Random(4), 300);
    BoostedTrees trees = Boosting.fit(NAMES, List.of(0, 0, 0), rows, rows.stream().map(BOTH::test).toList(), SMALL)
        .withThreshold(0.37);

    Classifier read = Classifier.read(trees.toProperties("a comment\non two lines"), "test", NAMES);

    assertInstanceOf(BoostedTrees.class, read);
    assertEquals(0.37, read.threshold());
    for (double[] x : rows(new Random(5), 50)) {
      assertEquals(trees.probability(x), read.probability(x), 0, "the same sum, to the last bit");
    }
    assertInstanceOf(LogisticModel.class, Classifier.read(
        new LogisticModel(NAMES, new double[] {1, 2, 3}, 0, 0.5).toProperties(""), "test", NAMES));
  }

  @Test
  void aDamagedModelIsRefusedWithWhereItIsDamaged() {
    String text = Boosting.fit(NAMES, List.of(0, 0, 0), rows(new Random(6), 200),
        IntStream.range(0, 200).mapToObj(i -> i % 2 == 0).toList(), SMALL).toProperties("");

    assertTrue(assertThrows(IllegalStateException.class, () -> Classifier.read(text, "test", List.of("a", "b")))
        .getMessage().contains("train it again"));
    BoostedTrees.Tree loop = new BoostedTrees.Tree(new int[] {0, -1, -1}, new double[] {0.5, 0, 0},
        new int[] {0, 0, 0}, new int[] {2, 0, 0}, new double[] {0, -1, 1});
    String pointingBack = new BoostedTrees(NAMES, 0, List.of(loop), 0.5).toProperties("");
    assertTrue(assertThrows(IllegalStateException.class, () -> Classifier.read(pointingBack, "test", NAMES))
        .getMessage().contains("test tree 0 has a node pointing nowhere"));
    String garbled = text.replaceFirst("tree\\.1=[^\\n]*", "tree.1=@@not base64@@");
    assertTrue(assertThrows(IllegalStateException.class, () -> Classifier.read(garbled, "test", NAMES))
        .getMessage().contains("test tree 1 is damaged"));
    String cut = text.replaceFirst("tree\\.1=[^\\n]*", "tree.1=AAEAAA==");
    assertThrows(IllegalStateException.class, () -> Classifier.read(cut, "test", NAMES));
  }

  @Test
  void aResourceWithAnEmptyTreeOrAMissingNumberIsRefusedByName() {
    String text = Boosting.fit(NAMES, List.of(0, 0, 0), rows(new Random(7), 200),
        IntStream.range(0, 200).mapToObj(i -> i % 3 == 0).toList(), SMALL).toProperties("");

    assertTrue(assertThrows(IllegalStateException.class,
        () -> Classifier.read(text.replaceFirst("tree\\.2=[^\\n]*", "tree.2="), "test", NAMES))
        .getMessage().startsWith("test tree 2 is damaged"), "an empty tree would count the next one twice");
    assertTrue(assertThrows(IllegalStateException.class,
        () -> Classifier.read(text.replaceFirst("base=[^\\n]*", "base=NaN"), "test", NAMES))
        .getMessage().contains("test has no number for base"));
    assertTrue(assertThrows(IllegalStateException.class,
        () -> Classifier.read(text.replaceFirst("trees=\\d+", "trees=3"), "test", NAMES))
        .getMessage().contains("says it has 3 trees"));
    assertThrows(IllegalArgumentException.class, () -> new BoostedTrees.Tree(new int[300], new double[300],
        new int[300], new int[300], new double[300]), "more nodes than a byte numbers");
  }

  @Test
  void cutsFallBetweenDistinctValuesAtEvenShares() {
    assertArrayEquals(new double[] {0.5, 1.5}, Boosting.cuts(new double[] {2, 0, 1, 1, 0, 2, 2}, 8), 0,
        "few values: one range each");
    double[] many = IntStream.range(0, 1000).mapToDouble(i -> i).toArray();
    double[] cuts = Boosting.cuts(many, 4);
    assertArrayEquals(new double[] {249.5, 499.5, 749.5}, cuts, 0);
    assertEquals(0, Boosting.bin(cuts, 249.5), "a value on a cut is in the range below it");
    assertEquals(1, Boosting.bin(cuts, 250));
    assertEquals(3, Boosting.bin(cuts, 1e9));
    assertEquals(0, Boosting.cuts(new double[] {7, 7, 7}, 8).length, "one value: nothing to cut");
  }

  @Test
  void badSettingsAreRefusedWithTheirValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Boosting.Settings(10, 3, 0.1, 5, 0, 300));
    assertTrue(e.getMessage().contains("300 bins"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Boosting.Settings(10, 8, 0.1, 5, 0, 256),
        "a tree of depth 8 has more nodes than a byte numbers");
  }
}
