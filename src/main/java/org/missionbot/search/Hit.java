package org.missionbot.search;

import java.util.List;
import org.missionbot.corpus.Passage;

/**
 * A passage found for a question.
 *
 * @param passage the passage
 * @param score its fused ranking score: the probability that it answers the question, 0 to 1
 * @param coverage the share of the question's weight that the passage (or, for less, its context) holds, 0 to 1
 * @param matched the question's concepts that the passage's own text holds
 * @param leansOnPrevious whether much of what it covers is in the sentence before it, which the
 *     quote should then include (a signal of the ranker)
 * @param signals what the BM25 and the vector side each said of it
 */
public record Hit(Passage passage, double score, double coverage, List<Concept> matched, boolean leansOnPrevious,
                  Signals signals) {

  /**
   * Whether it is quoted with the sentence before it: when it leans on that one for the question's
   * words, or opens by pointing back to it ("It explained ...").
   */
  public boolean quotesPrevious() {
    return leansOnPrevious || passage.refersBack();
  }

  /** The text to quote: the passage, with the sentence before it when {@link #quotesPrevious()}. */
  public String quoteText() {
    return quotesPrevious() ? passage.withPrevious() : passage.text();
  }

  /** Where {@link #quoteText()} starts in its article's body. */
  public int quoteStart() {
    return quotesPrevious() ? passage.previousStart() : passage.start();
  }

  /** Where the passage's own text starts within {@link #quoteText()}. */
  public int quoteOffset() {
    return quotesPrevious() ? passage.start() - passage.previousStart() : 0;
  }
}
