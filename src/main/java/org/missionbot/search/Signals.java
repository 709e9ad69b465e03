package org.missionbot.search;

import java.util.Arrays;
import java.util.Objects;

/**
 * What each side of the hybrid search said of a passage, before fusion.
 *
 * @param lexical its BM25 score for the question's words, the wanted kind's boost included; 0 when
 *     that side did not find it
 * @param lexicalRank its place in the BM25 side's list, from 0; -1 when not in it
 * @param similarity the dot product of its vector and the question's (cosine: both are unit vectors)
 * @param semanticRank its place in the vector side's list, from 0; -1 when not in it
 * @param holdsWanted whether it holds the kind of thing the question asks for (an amount for "how much")
 * @param topicality how close its article is to what the bot is about (a cosine)
 * @param articleCoverage the share of the question's weight that its article holds anywhere
 * @param articleLacksName whether the question names someone or something that its article never does
 * @param articleScope the share of its article's passages that name the bot's topic (the mission's place or names)
 * @param agreement the products of its vector's and the question's values, dimension by dimension: the
 *     parts whose sum is {@code similarity}, which the decision weighs each by its own learned weight
 *     (empty when there is no passage behind the signals)
 */
public record Signals(double lexical, int lexicalRank, double similarity, int semanticRank, boolean holdsWanted,
                      double topicality, double articleCoverage, boolean articleLacksName, double articleScope,
                      float[] agreement) {

  /** Signals without the per-dimension agreement: the summary {@link Ranker#best} makes, tests' own. */
  public Signals(double lexical, int lexicalRank, double similarity, int semanticRank, boolean holdsWanted,
      double topicality, double articleCoverage, boolean articleLacksName, double articleScope) {
    this(lexical, lexicalRank, similarity, semanticRank, holdsWanted, topicality, articleCoverage, articleLacksName,
        articleScope, new float[0]);
  }

  /** Equal when every part is, the agreement compared value by value (a record compares arrays by reference). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Signals s && Double.compare(lexical, s.lexical) == 0 && lexicalRank == s.lexicalRank
        && Double.compare(similarity, s.similarity) == 0 && semanticRank == s.semanticRank && holdsWanted == s.holdsWanted
        && Double.compare(topicality, s.topicality) == 0 && Double.compare(articleCoverage, s.articleCoverage) == 0
        && articleLacksName == s.articleLacksName && Double.compare(articleScope, s.articleScope) == 0
        && Arrays.equals(agreement, s.agreement);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lexical, lexicalRank, similarity, semanticRank, holdsWanted, topicality, articleCoverage,
        articleLacksName, articleScope) * 31 + Arrays.hashCode(agreement);
  }

  @Override
  public String toString() {
    return "Signals[lexical=" + lexical + ", lexicalRank=" + lexicalRank + ", similarity=" + similarity + ", semanticRank="
        + semanticRank + ", holdsWanted=" + holdsWanted + ", topicality=" + topicality + ", articleCoverage="
        + articleCoverage + ", articleLacksName=" + articleLacksName + ", articleScope=" + articleScope + ", agreement="
        + agreement.length + " dimensions]";
  }
}
