package org.missionbot.answer;

import java.util.List;
import org.missionbot.search.Concept;
import org.missionbot.search.Hit;
import org.missionbot.search.LogisticModel;
import org.missionbot.search.Question;
import org.missionbot.search.Ranker;

/**
 * Whether the articles answer a question: a logistic model, trained on labelled questions, over what
 * the search found for it (how well the best passages match, how much of the question they hold,
 * words and names of the question that no article has). It replaces stacked thresholds.
 */
public final class Decision {

  /** The features, in the order of {@link #features}. */
  public static final List<String> FEATURES = List.of("best", "second", "similarity", "similarity_margin", "coverage",
      "best_coverage", "uncovered_max", "missing_share", "missing_name", "holds_wanted", "misses_wanted", "gives_value",
      "topicality", "topicality_gap", "top_misses_wanted");
  /**
   * The sign each feature's weight must have (0: either): a better match, more of the question covered
   * or the value asked for never argue against answering; words and names no article has never for it.
   */
  public static final List<Integer> SIGNS = List.of(1, 0, 1, 0, 1, 1, -1, -1, -1, 1, -1, 1, 1, 1, -1);
  /** The resource beside this class that holds the trained weights. */
  public static final String RESOURCE = "decision.properties";

  private final LogisticModel model;

  public Decision(LogisticModel model) {
    this.model = model;
  }

  /** A decision that always answers when there are hits: for measuring the ranking alone. */
  public static Decision always() {
    return new Decision(new LogisticModel(FEATURES, new double[FEATURES.size()], 0, 0));
  }

  /** The decision trained for this version of the code. */
  public static Decision trained() {
    return new Decision(LogisticModel.load(Decision.class, RESOURCE, FEATURES));
  }

  /** Whether the hits (best first) answer the question; the rest as for {@link #features}. */
  boolean answers(Question question, List<Hit> hits, boolean givesValue) {
    return !hits.isEmpty() && model.says(features(question, hits, givesValue));
  }

  /** The probability that the hits (best first) answer the question; 0 without hits. */
  public double probability(Question question, List<Hit> hits, boolean givesValue) {
    return hits.isEmpty() ? 0 : model.probability(features(question, hits, givesValue));
  }

  /**
   * The feature values for a question and its hits, best first; the hits must not be empty.
   *
   * @param givesValue whether one of the first hits holds a value of the kind asked for (a figure for
   *     "how much") that is not a word of the question
   */
  public static double[] features(Question question, List<Hit> hits, boolean givesValue) {
    Hit top = hits.get(0);
    boolean wants = question.kinds().stream().anyMatch(k -> k.wants() != null);
    double[] similarities = hits.stream().mapToDouble(h -> h.signals().similarity()).sorted().toArray();
    double best = similarities[similarities.length - 1];
    double median = similarities[similarities.length / 2];
    return new double[] {
        top.score(),
        hits.size() > 1 ? hits.get(1).score() : 0,
        Ranker.scaled(best),
        (best - median) * Ranker.SIMILARITY_SCALE,
        top.coverage(),
        hits.stream().mapToDouble(Hit::coverage).max().orElse(0),
        uncoveredMax(question, top),
        1 - top.signals().articleCoverage(),
        top.signals().articleLacksName() ? 1 : 0,
        wants && shownHoldWanted(hits) ? 1 : 0,
        wants && !shownHoldWanted(hits) ? 1 : 0,
        givesValue ? 1 : 0,
        Ranker.scaled(top.signals().topicality()),
        (top.signals().topicality() - hits.stream().mapToDouble(h -> h.signals().topicality()).max().orElse(0))
            * Ranker.SIMILARITY_SCALE,
        asksEntity(question) && !top.signals().holdsWanted() ? 1 : 0};
  }

  /** Whether the question asks for a thing named in the text (a figure, a date, a name), not a reason or words said. */
  private static boolean asksEntity(Question question) {
    return question.kinds().stream().anyMatch(k -> k.wants() != null && k.wants().isEntity());
  }

  /** Whether one of the hits an answer would quote holds the kind of thing asked for. */
  private static boolean shownHoldWanted(List<Hit> hits) {
    return hits.stream().limit(AnswerEngine.MAX_QUOTES).anyMatch(h -> h.signals().holdsWanted());
  }

  /**
   * The weight of the heaviest question word the best passage lacks, over the heaviest word's: a
   * near miss often holds every word but the one detail asked about ("the spouse of", "which agency").
   */
  private static double uncoveredMax(Question question, Hit top) {
    double heaviest = question.concepts().stream().mapToDouble(Concept::weight).max().orElse(0);
    double lacking = question.concepts().stream().filter(c -> !top.matched().contains(c))
        .mapToDouble(Concept::weight).max().orElse(0);
    return heaviest > 0 ? lacking / heaviest : 0;
  }
}
