package org.missionbot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.missionbot.answer.AnswerEngine;
import org.missionbot.answer.Decision;
import org.missionbot.search.Classifier;
import org.missionbot.search.PassageSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Sets the answer-or-abstain decision's threshold on labelled questions it was not trained on
 * ({@link Calibration}), keeping its weights, and writes it back as the resource the bot loads.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = "Set the answer-or-abstain decision's threshold on held-out labelled questions, keeping its weights.")
final class CalibrateCommand implements Callable<Integer> {

  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Labelled questions (JSON lines, as for eval) that the decision was not trained on.")
  List<Path> files;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "src/main/resources",
      description = "Resource folder to write the decision under (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--extra-articles", paramLabel = "DIR",
      description = "Also score the questions with these article files added to the home's (articles on nearby "
          + "topics), so that the threshold holds as the corpus grows.")
  Path extra;

  @Override
  public Integer call() throws IOException {
    PrintWriter print = spec.commandLine().getOut();
    List<GoldenSet.Golden> golden = GoldenSet.read(files);
    long answerable = golden.stream().filter(g -> !g.abstain()).count();
    if (answerable == 0 || answerable == golden.size()) {
      spec.commandLine().getErr().printf(Locale.ROOT, "mission-bot calibrate: the files hold %d questions the articles "
          + "answer and %d they do not; a threshold needs both: nothing written%n", answerable, golden.size() - answerable);
      return 2;
    }
    Path file = out.resolve(Decision.class.getPackageName().replace('.', '/')).resolve(Decision.RESOURCE);
    // the decision `train` has just written there, else the one this jar holds
    String trained = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : shipped();
    Classifier model = Classifier.read(trained, Decision.RESOURCE, Decision.FEATURES);
    Calibration.Choice choice;
    try (TrainingCorpora corpora = TrainingCorpora.open(main.home(), extra)) {
      List<PassageSearcher> searchers = corpora.indexes().stream().map(PassageSearcher::new).toList();
      List<Double> thresholds = new ArrayList<>(Calibration.grid());
      thresholds.add(model.threshold());
      Map<Double, Calibration.Tally> tallies = tallies(searchers, model, golden, thresholds);
      print.printf(Locale.ROOT, "at the current threshold, %.2f: %s%n", model.threshold(), tallies.get(model.threshold()));
      choice = Calibration.choose(tallies::get);
    }
    print.printf(Locale.ROOT, "threshold %.2f: %s%n", choice.threshold(), choice.tally());
    String comment = trainedComment(trained) + "\nthreshold set by `calibrate` on "
        + files.stream().map(f -> f.getFileName().toString()).toList() + " (" + golden.size() + " questions"
        + (extra == null ? "" : ", each with and without " + extra.getFileName()) + "): " + choice.tally();
    Files.createDirectories(file.getParent());
    Files.writeString(file, model.withThreshold(choice.threshold()).toProperties(comment), StandardCharsets.UTF_8);
    print.println("wrote " + file);
    return 0;
  }

  /**
   * How the questions score at each of the thresholds, answered with the model over each searcher's
   * articles and all counted together, without answering each question at every threshold.
   * A question is answered at the lowest threshold and again only at the first threshold above the
   * lowest probability its decision compared that reached the one before: at every threshold between,
   * each comparison comes out the same, and so does the answer. Most questions are answered once or
   * twice instead of at each of the grid's 41 thresholds.
   */
  static Map<Double, Calibration.Tally> tallies(List<PassageSearcher> searchers, Classifier model,
      List<GoldenSet.Golden> golden, List<Double> thresholds) {
    List<Double> sorted = thresholds.stream().distinct().sorted().toList();
    List<List<GoldenSet.Score>> scores = new ArrayList<>();
    sorted.forEach(t -> scores.add(new ArrayList<>()));
    List<Double> consulted = new ArrayList<>();
    for (PassageSearcher searcher : searchers) {
      AnswerEngine[] engines = new AnswerEngine[sorted.size()];
      for (GoldenSet.Golden g : golden) {
        int i = 0;
        while (i < sorted.size()) {
          double t = sorted.get(i);
          if (engines[i] == null) {
            engines[i] = new AnswerEngine(searcher, new Decision(model.withThreshold(t), consulted::add));
          }
          consulted.clear();
          GoldenSet.Score score = GoldenSet.score(g, engines[i].answer(g.question()));
          double next = consulted.stream().mapToDouble(Double::doubleValue).filter(p -> p >= t).min()
              .orElse(Double.POSITIVE_INFINITY);
          do {
            scores.get(i++).add(score);
          } while (i < sorted.size() && sorted.get(i) <= next);
        }
      }
    }
    Map<Double, Calibration.Tally> tallies = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      tallies.put(sorted.get(i), Calibration.Tally.of(scores.get(i)));
    }
    return tallies;
  }

  /** The decision this jar holds, as written. */
  private static String shipped() throws IOException {
    try (InputStream in = Decision.class.getResourceAsStream(Decision.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A decision's comment on how it was trained, without an earlier calibration's line. */
  private static String trainedComment(String written) {
    return written.lines().filter(l -> l.startsWith("# ")).map(l -> l.substring(2))
        .filter(l -> !l.startsWith("threshold set by `calibrate`")).collect(Collectors.joining("\n"));
  }
}
