package org.missionbot.search;

import java.util.List;

/**
 * Fuses the BM25 and the vector side into one ranking: a logistic model, trained on labelled
 * questions, of how likely a passage is to answer the question given what each side said of it.
 */
public final class Ranker {

  /** The features, in the order of {@link #features}. */
  public static final List<String> FEATURES = List.of("lexical", "lexical_rr", "similarity", "similarity_gap",
      "semantic_rr", "coverage", "holds_wanted", "misses_wanted", "leans", "topicality", "topicality_gap", "article_coverage",
      "article_scope");
  /** The sign each feature's weight must have (0: either): what each side says can only argue one way. */
  public static final List<Integer> SIGNS = List.of(1, 1, 1, 1, 1, 1, 1, -1, 0, 1, 1, 1, 1);
  /** The resource beside this class that holds the trained weights. */
  public static final String RESOURCE = "ranker.properties";
  /** e5's cosines of related texts lie around this value; features are centred on it and scaled. */
  static final double SIMILARITY_CENTRE = 0.8;
  public static final double SIMILARITY_SCALE = 10;

  private final LogisticModel model;

  public Ranker(LogisticModel model) {
    this.model = model;
  }

  /** The ranker trained for this version of the code. */
  public static Ranker trained() {
    return new Ranker(trainedModel());
  }

  /** The weights of the ranker trained for this version of the code. */
  public static LogisticModel trainedModel() {
    return LogisticModel.load(Ranker.class, RESOURCE, FEATURES);
  }

  /** The probability that the passage answers, from its signals among the candidates'. */
  double score(Signals s, double coverage, boolean leans, boolean wantsSomething, Signals best) {
    return model.probability(features(s, coverage, leans, wantsSomething, best));
  }

  /**
   * The feature values of a hit, given the best lexical score and similarity among all candidates
   * (as the {@code best} signals), which make them comparable across questions.
   */
  public static double[] features(Signals s, double coverage, boolean leans, boolean wantsSomething, Signals best) {
    return new double[] {
        best.lexical() > 0 ? s.lexical() / best.lexical() : 0,
        reciprocal(s.lexicalRank()),
        scaled(s.similarity()),
        (s.similarity() - best.similarity()) * SIMILARITY_SCALE,
        reciprocal(s.semanticRank()),
        coverage,
        wantsSomething && s.holdsWanted() ? 1 : 0,
        wantsSomething && !s.holdsWanted() ? 1 : 0,
        leans ? 1 : 0,
        scaled(s.topicality()),
        (s.topicality() - best.topicality()) * SIMILARITY_SCALE,
        s.articleCoverage(),
        s.articleScope()};
  }

  /** The best lexical score, similarity and topicality among candidates' signals, against which each is measured. */
  public static Signals best(List<Signals> candidates) {
    return new Signals(candidates.stream().mapToDouble(Signals::lexical).max().orElse(0), 0,
        candidates.stream().mapToDouble(Signals::similarity).max().orElse(0), 0, true,
        candidates.stream().mapToDouble(Signals::topicality).max().orElse(0), 0, false,
        candidates.stream().mapToDouble(Signals::articleScope).max().orElse(0));
  }

  /** A cosine centred and scaled to about -1..1 for the models. */
  public static double scaled(double similarity) {
    return (similarity - SIMILARITY_CENTRE) * SIMILARITY_SCALE;
  }

  private static double reciprocal(int rank) {
    return rank < 0 ? 0 : 1.0 / (1 + rank);
  }
}
