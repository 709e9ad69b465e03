package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.missionbot.answer.Decision;

class LogisticModelTest {

  /** y = 1 when 2a - b > 0.5, with a second feature that is noise. */
  private static List<double[]> rows(Random random, int n) {
    List<double[]> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(new double[] {random.nextDouble(), random.nextDouble(), random.nextDouble()});
    }
    return rows;
  }

  private static List<Boolean> labels(List<double[]> rows) {
    return rows.stream().map(x -> 2 * x[0] - x[1] > 0.5).toList();
  }

  @Test
  void fitSeparatesWhatTheDataSeparatesAndIsTheSameEveryTime() {
    List<double[]> rows = rows(new Random(1), 400);
    List<String> names = List.of("a", "b", "noise");
    LogisticModel model = LogisticModel.fit(names, List.of(0, 0, 0), rows, labels(rows), 1e-3);

    assertTrue(model.weights()[0] > 0, "a argues for");
    assertTrue(model.weights()[1] < 0, "b argues against");
    assertTrue(Math.abs(model.weights()[2]) < Math.abs(model.weights()[1]) / 3, "noise weighs little");
    List<double[]> unseen = rows(new Random(2), 400);
    List<Boolean> truth = labels(unseen);
    long right = java.util.stream.IntStream.range(0, unseen.size())
        .filter(i -> model.says(unseen.get(i)) == truth.get(i)).count();
    assertTrue(right > 360, right + " of 400 unseen rows right");
    LogisticModel again = LogisticModel.fit(names, List.of(0, 0, 0), rows, labels(rows), 1e-3);
    assertEquals(model.toProperties(""), again.toProperties(""), "deterministic");
  }

  @Test
  void aWeightNeverTakesTheSignItIsDenied() {
    List<double[]> rows = rows(new Random(3), 300);
    LogisticModel model = LogisticModel.fit(List.of("a", "b", "noise"), List.of(-1, 1, 0), rows, labels(rows), 1e-3);

    assertEquals(0, model.weights()[0], 1e-12, "a may not argue for, so it argues not at all");
    assertEquals(0, model.weights()[1], 1e-12, "b may not argue against");
  }

  @Test
  void probabilityIsTheLogisticOfTheWeightedSum() {
    LogisticModel model = new LogisticModel(List.of("x", "y"), new double[] {2, -1}, 0.5, 0.7);

    assertEquals(1 / (1 + Math.exp(-(0.5 + 2 * 1 - 3))), model.probability(new double[] {1, 3}), 1e-12);
    assertFalse(model.says(new double[] {0, 0}), "0.62 is under the threshold 0.7");
    assertTrue(model.says(new double[] {1, 0}));
    assertThrows(IllegalArgumentException.class, () -> model.probability(new double[] {1}));
  }

  @Test
  void theShippedModelsMatchTheFeaturesTheCodeComputes() {
    Ranker.trained();
    Decision.trained();
    assertThrows(IllegalStateException.class,
        () -> LogisticModel.load(Ranker.class, Ranker.RESOURCE, List.of("something", "else")));
  }
}
