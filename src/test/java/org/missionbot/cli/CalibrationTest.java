package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  @Test
  void keepsTheThresholdWhoseWorseShareIsBest() {
    // the higher the threshold, the fewer answerable questions found and the more others abstained on
    Calibration.Choice choice = Calibration.choose(t -> new Calibration.Tally(
        (int) Math.round(100 * (1 - t)), 100, (int) Math.round(100 * t * 1.5), 150));

    assertEquals(0.50, choice.threshold(), 1e-9);
    assertEquals(new Calibration.Tally(50, 100, 75, 150), choice.tally());
  }

  @Test
  void fromEqualWorseSharesKeepsTheBestSum() {
    // below 0.4 and above it abstentions are 80 of 100; found is 90 below 0.4 and 85 from it on
    Calibration.Choice choice = Calibration.choose(t -> new Calibration.Tally(t < 0.4 ? 90 : 85, 100, 80, 100));

    assertEquals(0.38, choice.threshold(), 1e-9);
  }

  @Test
  void fromEqualScoresKeepsTheHighestThreshold() {
    Calibration.Choice choice = Calibration.choose(t -> new Calibration.Tally(9, 10, 9, 10));

    assertEquals(Calibration.HIGH, choice.threshold(), 1e-9);
  }

  @Test
  void triesEveryThresholdOfTheGridOnce() {
    List<Double> tried = new ArrayList<>();
    Calibration.choose(t -> {
      tried.add(t);
      return new Calibration.Tally(1, 1, 1, 1);
    });

    assertEquals(41, tried.size());
    assertEquals(Calibration.LOW, tried.get(0), 1e-9);
    assertEquals(0.52, tried.get(21), 1e-9);
    assertEquals(Calibration.HIGH, tried.get(40), 1e-9);
  }

  @Test
  void aTallySaysWhatItCounted() {
    Calibration.Tally tally = new Calibration.Tally(7, 10, 9, 12);

    assertEquals(0.7, tally.worst(), 1e-9);
    assertEquals(0.7 + 0.75, tally.sum(), 1e-9);
    assertEquals("found 7/10, abstained 9/12", tally.toString());
  }
}
