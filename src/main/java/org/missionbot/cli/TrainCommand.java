package org.missionbot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.missionbot.answer.AnswerEngine;
import org.missionbot.answer.Decision;
import org.missionbot.index.PassageIndex;
import org.missionbot.search.Boosting;
import org.missionbot.search.Classifier;
import org.missionbot.search.Hit;
import org.missionbot.search.LogisticModel;
import org.missionbot.search.PassageSearcher;
import org.missionbot.search.Question;
import org.missionbot.search.Ranker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Fits the two learned parts of answering on labelled questions: the ranker that fuses BM25 and
 * vectors (a passage is a positive when it holds an expected answer), then the answer-or-abstain
 * decision over what that ranker finds. Deterministic: the same questions and articles give the same
 * weights, which it writes as the resources the bot loads.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Fit the ranker and the answer-or-abstain decision on labelled questions (the tuning half).")
final class TrainCommand implements Callable<Integer> {

  /** The L2 penalty per example on standardized weights: mild, against collinear features. */
  private static final double L2 = 1e-2;

  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Labelled questions (JSON lines, as for eval).")
  List<Path> files;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "src/main/resources",
      description = "Resource folder to write the weights under (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--extra-articles", paramLabel = "DIR",
      description = "Also train with these article files added to the home's (articles on nearby topics), so that the "
          + "models learn what a growing corpus brings.")
  Path extra;

  @Option(names = "--dump", paramLabel = "CSV", description = "Also write the decision's rows (id, label, features) here.")
  Path dump;

  @Option(names = "--keep-ranker", description = "Fit only the decision, over the ranker the bot has now (whose "
      + "weights are left as they are).")
  boolean keepRanker;

  /**
   * Five-fold cross-validation over the training files, each kept whole, prefers 0.03 (balanced
   * accuracy 0.880 against 0.869 with 0.1), but with 0.03 the short questions people type first go
   * unanswered ("which country leads the mission?", "who was murdered on July 7th?"), short plain
   * training questions or not; and an added article's facts are answered less the lower it is (0.01
   * refused `MissionBotReloadTest`'s Jamaican soldiers).
   */
  @Option(names = "--agreement-penalty", paramLabel = "L2", defaultValue = "0.1", hidden = true,
      description = "With --logistic, the L2 penalty on the agreement's dimensions (default: ${DEFAULT-VALUE}).")
  double agreementPenalty;

  @Option(names = "--logistic", hidden = true,
      description = "Fit the decision as a logistic regression, as before its trees (for comparison).")
  boolean logistic;

  @Option(names = "--verbose", description = "Print each question missed with the decision's reading of it.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    PrintWriter print = spec.commandLine().getOut();
    List<GoldenSet.Golden> golden = GoldenSet.read(files);
    try (TrainingCorpora corpora = TrainingCorpora.open(main.home(), extra)) {
      List<PassageIndex> indexes = corpora.indexes();
      LogisticModel ranker = keepRanker ? Ranker.trainedModel()
          : fitRanker(readers(searchers(indexes, Ranker.trained())), golden, print);
      List<PassageSearcher> searchers = searchers(indexes, new Ranker(ranker));
      List<AnswerEngine> readers = readers(searchers);
      Classifier decision = fitDecision(readers, golden, print);
      String from = "trained by `train` on " + files.stream().map(f -> f.getFileName().toString()).toList()
          + " (" + golden.size() + " questions) over " + indexes.stream().map(i -> i.corpus().articles().size() + " articles")
          .toList();
      if (!keepRanker) {
        write(Ranker.class, Ranker.RESOURCE, ranker.toProperties(from));
      }
      write(Decision.class, Decision.RESOURCE, decision.toProperties(from));
      for (int i = 0; i < searchers.size(); i++) {
        print.printf(Locale.ROOT, "ranker: an answer in the top 3 for %d %s%n", recall(readers.get(i), golden),
            keepRanker ? "(the ranker kept)" : "after fitting");
        report(new AnswerEngine(searchers.get(i), new Decision(decision)), golden, print);
      }
    }
    return 0;
  }

  private static List<PassageSearcher> searchers(List<PassageIndex> indexes, Ranker ranker) {
    return indexes.stream().map(i -> new PassageSearcher(i, ranker)).toList();
  }

  /**
   * Engines that read and search each training question as answering does, one a searcher; with no
   * decision yet, the first reading of a question counts.
   */
  private static List<AnswerEngine> readers(List<PassageSearcher> searchers) {
    return searchers.stream().map(TrainCommand::reader).toList();
  }

  static AnswerEngine reader(PassageSearcher searcher) {
    return new AnswerEngine(searcher, Decision.always());
  }

  /**
   * One row per candidate passage of each answerable question, read and searched as answering does;
   * positive when it holds an expected answer.
   */
  private static LogisticModel fitRanker(List<AnswerEngine> readers, List<GoldenSet.Golden> golden,
      PrintWriter print) {
    Rows rows = new Rows();
    for (AnswerEngine reader : readers) {
      for (GoldenSet.Golden g : golden.stream().filter(g -> !g.abstain() && !g.expect().isEmpty()).toList()) {
        AnswerEngine.Searched searched = reader.searched(g.question());
        Question q = searched.question();
        List<Hit> hits = searched.hits();
        for (Hit hit : hits) {
          rows.add(g.id(), Ranker.features(hit.signals(), hit.coverage(), hit.leansOnPrevious(), q.wantsSomething(), best(hits)),
              holdsAnswer(g, hit.quoteText()));
        }
      }
    }
    print.printf(Locale.ROOT, "ranker: an answer in the top 3 for %d of %d answerable questions before fitting%n",
        recall(readers.get(0), golden), golden.stream().filter(g -> !g.abstain()).count());
    print.printf(Locale.ROOT, "ranker: %d candidate passages, %d holding an answer%n", rows.values.size(),
        rows.labels.stream().filter(b -> b).count());
    LogisticModel model = LogisticModel.fit(Ranker.FEATURES, Ranker.SIGNS, rows.values, rows.labels, L2);
    return model;
  }

  /**
   * How the decision's trees grow: chosen by five-fold cross-validation over the training questions
   * (folds by question id, both corpora's rows of a question in one fold), with scikit-learn's
   * histogram boosting, which this fitting follows: depth 4 and 800 trees at rate 0.05 gave the best
   * area under the ROC curve, 0.966 (depth 3: 0.954, depth 5 with 400 trees: 0.962, 400 trees: 0.959);
   * the logistic regression it replaces, over the same features, 0.952.
   */
  static final Boosting.Settings TREES = new Boosting.Settings(800, 4, 0.05, 20, 0, 255);

  /**
   * One row per question; positive when the articles answer it and the first three hits show that answer
   * (answering is then right; otherwise quotes would show something else). The threshold is the one with
   * the best balanced accuracy (the mean of the answered and the abstained shares), since a wrong
   * answer and a missed one count alike; {@code calibrate} sets the shipped one apart.
   */
  private Classifier fitDecision(List<AnswerEngine> readers, List<GoldenSet.Golden> golden, PrintWriter print)
      throws IOException {
    Rows rows = new Rows();
    for (AnswerEngine engine : readers) {
      for (GoldenSet.Golden g : golden) {
        AnswerEngine.Searched searched = engine.searched(g.question());
        Question q = searched.question();
        List<Hit> hits = searched.hits();
        if (!hits.isEmpty()) {
          boolean shown = !g.abstain() && hits.stream().limit(3).anyMatch(h -> holdsAnswer(g, h.quoteText()));
          rows.add(g.id(), Decision.features(q, hits, engine.givesValue(q, hits)), shown);
        }
      }
    }
    if (dump != null) {
      Files.write(dump, rows.csv(Decision.FEATURES), StandardCharsets.UTF_8);
    }
    Classifier model = logistic ? logistic(rows) : Boosting.fit(Decision.FEATURES, Decision.SIGNS, rows.values, rows.labels, TREES);
    double[] probabilities = rows.values.stream().mapToDouble(model::probability).toArray(); // once, not at each threshold
    double best = 0.5;
    double bestScore = -1;
    for (int t = 5; t <= 95; t++) {
      double score = rows.balancedAccuracy(probabilities, t / 100.0);
      if (score > bestScore) {
        bestScore = score;
        best = t / 100.0;
      }
    }
    print.printf(Locale.ROOT, "decision: %d questions with hits, threshold %.2f, balanced accuracy %.3f (on the rows it was fitted to)%n",
        rows.values.size(), best, bestScore);
    return model.withThreshold(best);
  }

  /** The logistic regression the decision was before its trees, over the same rows. */
  private LogisticModel logistic(Rows rows) {
    double[] penalties = new double[Decision.FEATURES.size()];
    Arrays.fill(penalties, 0, Decision.SUMMARY.size(), L2);
    Arrays.fill(penalties, Decision.SUMMARY.size(), penalties.length, agreementPenalty);
    return LogisticModel.fit(Decision.FEATURES, Decision.SIGNS, rows.values, rows.labels, penalties);
  }

  /** Labelled feature rows, with the question each came from. */
  private static final class Rows {
    final List<String> ids = new ArrayList<>();
    final List<double[]> values = new ArrayList<>();
    final List<Boolean> labels = new ArrayList<>();

    void add(String id, double[] row, boolean label) {
      ids.add(id);
      values.add(row);
      labels.add(label);
    }

    /** The mean of the shares of positive and of negative rows labelled right by their probabilities at a threshold. */
    double balancedAccuracy(double[] probabilities, double threshold) {
      int[] right = new int[2];
      int[] all = new int[2];
      for (int r = 0; r < values.size(); r++) {
        int label = labels.get(r) ? 1 : 0;
        all[label]++;
        right[label] += (probabilities[r] >= threshold) == labels.get(r) ? 1 : 0;
      }
      return (right[0] / (double) Math.max(1, all[0]) + right[1] / (double) Math.max(1, all[1])) / 2;
    }

    List<String> csv(List<String> features) {
      List<String> lines = new ArrayList<>(List.of("id,label," + String.join(",", features)));
      for (int r = 0; r < values.size(); r++) {
        lines.add(ids.get(r) + "," + labels.get(r) + "," + Arrays.stream(values.get(r))
            .mapToObj(Double::toString).collect(Collectors.joining(",")));
      }
      return lines;
    }
  }

  /**
   * How many answerable questions, read and searched as answering does (a French one through its
   * glossary), have a passage holding their answer among the searcher's first three.
   */
  static int recall(AnswerEngine reader, List<GoldenSet.Golden> golden) {
    int found = 0;
    for (GoldenSet.Golden g : golden) {
      if (!g.abstain()) {
        List<Hit> hits = reader.searched(g.question()).hits();
        boolean hit = hits.stream().limit(3).anyMatch(h -> holdsAnswer(g, h.quoteText()));
        found += hit ? 1 : 0;
        if (!hit && System.getenv("MISSION_BOT_TRAIN_TRACE") != null) {
          System.err.println("RECALL MISS " + g.id() + " " + g.question() + " " + g.expect());
          hits.stream().limit(3).forEach(h -> System.err.printf(Locale.ROOT, "   %.2f %s%n", h.score(),
              h.quoteText().substring(0, Math.min(120, h.quoteText().length()))));
        }
      }
    }
    return found;
  }

  private void report(AnswerEngine engine, List<GoldenSet.Golden> golden, PrintWriter print) {
    List<GoldenSet.Score> scores = new ArrayList<>();
    for (GoldenSet.Golden g : golden) {
      GoldenSet.Score score = GoldenSet.score(g, engine.answer(g.question()));
      scores.add(score);
      if (verbose && !score.pass()) {
        print.printf(Locale.ROOT, "MISS %s %s -> %s%n", g.id(), g.question(), engine.explainDecision(g.question()));
      }
    }
    print.println("with the new weights, on the training questions: answer " + Calibration.Tally.of(scores));
  }

  private void write(Class<?> near, String resource, String text) throws IOException {
    Path file = out.resolve(near.getPackageName().replace('.', '/')).resolve(resource);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    spec.commandLine().getOut().println("wrote " + file);
  }

  private static boolean holdsAnswer(GoldenSet.Golden g, String text) {
    String norm = GoldenSet.norm(text);
    return g.expect().stream().anyMatch(group -> group.stream().anyMatch(alt -> norm.contains(GoldenSet.norm(alt))));
  }

  private static org.missionbot.search.Signals best(List<Hit> hits) {
    return Ranker.best(hits.stream().map(Hit::signals).toList());
  }
}
