package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.Checkout;
import org.missionbot.answer.AnswerEngine;
import org.missionbot.answer.Decision;
import org.missionbot.index.PassageIndex;
import org.missionbot.search.Classifier;
import org.missionbot.search.PassageSearcher;

class CalibrateCommandTest {

  private static final List<String> QUESTIONS = List.of(
      "{\"id\": \"a\", \"question\": \"How many Kenyan police officers arrived first?\", \"expect\": [[\"400\"]]}",
      "{\"id\": \"b\", \"question\": \"What is the capital of France?\", \"abstain\": true}");

  @Test
  void setsTheThresholdOnTheQuestionsAndKeepsTheWeights(@TempDir Path home, @TempDir Path out) throws IOException {
    Checkout.copyHome(home);
    Path questions = home.resolve("held-out.jsonl");
    Files.write(questions, QUESTIONS, StandardCharsets.UTF_8);

    CliRun run = CliRun.of(home, "calibrate", "--out", out.toString(), questions.toString());

    assertEquals(0, run.exit(), run.err());
    Path written = out.resolve("org/missionbot/answer/decision.properties");
    List<String> lines = Files.readAllLines(written, StandardCharsets.UTF_8);
    List<String> shipped = shipped();
    // some thresholds score both right (which of them wins a tie is CalibrationTest's)
    Matcher chosen = Pattern.compile("(?m)^threshold (0\\.\\d\\d): found 1/1, abstained 1/1$").matcher(run.out());
    assertTrue(chosen.find(), run.out());
    assertEquals(List.of("threshold=" + chosen.group(1) + "00"), lines.stream().filter(l -> l.startsWith("threshold=")).toList());
    assertEquals(shipped.stream().filter(l -> l.startsWith("weight.") || l.startsWith("bias=")).toList(),
        lines.stream().filter(l -> l.startsWith("weight.") || l.startsWith("bias=")).toList());
    assertEquals(shipped.stream().filter(l -> l.startsWith("# trained by")).toList(),
        lines.stream().filter(l -> l.startsWith("# trained by")).toList(), "the training's provenance stays");
    assertEquals(List.of("# threshold set by `calibrate` on [held-out.jsonl] (2 questions): found 1/1, abstained 1/1"),
        lines.stream().filter(l -> l.startsWith("# threshold set")).toList());
  }

  @Test
  void calibratesTheDecisionTrainJustWroteNotTheJarsOwn(@TempDir Path home, @TempDir Path out) throws IOException {
    Checkout.copyHome(home);
    Path questions = home.resolve("held-out.jsonl");
    Files.write(questions, QUESTIONS, StandardCharsets.UTF_8);
    Path written = out.resolve("org/missionbot/answer/decision.properties");
    Files.createDirectories(written.getParent());
    String trained = "# trained by a test\n" + String.join("\n", shipped().stream().filter(l -> !l.startsWith("#"))
        .map(l -> l.startsWith("base=") ? "base=-3.0" : l).toList()) + "\n";
    Files.writeString(written, trained, StandardCharsets.UTF_8);

    CliRun run = CliRun.of(home, "calibrate", "--out", out.toString(), questions.toString());

    assertEquals(0, run.exit(), run.err());
    List<String> lines = Files.readAllLines(written, StandardCharsets.UTF_8);
    assertTrue(lines.contains("base=-3.0"), "the trees train wrote, not the jar's: " + lines.subList(0, 4));
    assertEquals("# trained by a test", lines.get(0));
    assertTrue(lines.get(1).startsWith("# threshold set by `calibrate` on [held-out.jsonl]"), lines.get(1));
  }

  @Test
  void aFileWithoutBothKindsOfQuestionIsRefusedAndNothingWritten(@TempDir Path home, @TempDir Path out) throws IOException {
    Checkout.copyHome(home);
    Path questions = home.resolve("abstain-only.jsonl");
    Files.write(questions, QUESTIONS.subList(1, 2), StandardCharsets.UTF_8);

    CliRun run = CliRun.of(home, "calibrate", "--out", out.toString(), questions.toString());

    assertEquals(2, run.exit());
    assertTrue(run.err().contains("0 questions the articles answer and 1 they do not"), run.err());
    assertTrue(Files.notExists(out.resolve("org")));
  }

  @Test
  void aMissingFileIsAClearErrorAndWritesNothing(@TempDir Path home, @TempDir Path out) throws IOException {
    Checkout.copyHome(home);

    CliRun run = CliRun.of(home, "calibrate", "--out", out.toString(), home.resolve("nowhere.jsonl").toString());

    assertEquals(2, run.exit());
    assertEquals("mission-bot: no such file: " + home.resolve("nowhere.jsonl") + "\n", run.err());
    assertTrue(Files.notExists(out.resolve("org")));
  }

  /**
   * Answered once at the lowest threshold and again only past a probability the decision compared, the
   * questions score at every threshold as when answered at each: golden and development questions,
   * whose probabilities spread over the grid.
   */
  @Test
  void scoringEveryThresholdInOnePassScoresAsAnsweringAtEach(@TempDir Path folder) throws IOException {
    List<GoldenSet.Golden> golden = new ArrayList<>(GoldenSet.read(List.of(Checkout.GOLDEN_QUESTIONS)));
    golden.addAll(GoldenSet.read(List.of(Checkout.DEV_QUESTIONS)).subList(0, 20));
    Classifier model = Classifier.load(Decision.class, Decision.RESOURCE, Decision.FEATURES);
    try (PassageIndex index = Checkout.openIndex(folder)) {
      PassageSearcher searcher = new PassageSearcher(index);

      Map<Double, Calibration.Tally> tallies = CalibrateCommand.tallies(List.of(searcher), model, golden, Calibration.grid());

      assertEquals(Calibration.grid().size(), tallies.size());
      for (double t : Calibration.grid()) {
        AnswerEngine engine = new AnswerEngine(searcher, new Decision(model.withThreshold(t)));
        List<GoldenSet.Score> scores = golden.stream().map(g -> GoldenSet.score(g, engine.answer(g.question()))).toList();
        assertEquals(Calibration.Tally.of(scores), tallies.get(t), "at " + t);
      }
      assertTrue(Calibration.grid().stream().map(tallies::get).distinct().count() >= 5,
          "the thresholds tell the questions apart: " + tallies);
    }
  }

  private static List<String> shipped() throws IOException {
    try (InputStream in = Decision.class.getResourceAsStream(Decision.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
