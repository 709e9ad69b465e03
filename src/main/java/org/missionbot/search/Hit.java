package org.missionbot.search;

import java.util.List;
import org.missionbot.corpus.Passage;

/**
 * A passage found for a question.
 *
 * @param passage the passage
 * @param score its ranking score: the Lucene score, weighed by coverage
 * @param coverage the share of the question's weight that the passage (or, for less, its context) holds, 0 to 1
 * @param matched the question's concepts that the passage's own text holds
 * @param leansOnPrevious whether much of what it covers is in the sentence before it, which the
 *     quote should then include
 */
public record Hit(Passage passage, double score, double coverage, List<Concept> matched, boolean leansOnPrevious) {

  /** The text to quote: the passage, with the sentence before it when it leans on that one. */
  public String quoteText() {
    return leansOnPrevious ? passage.withPrevious() : passage.text();
  }

  /** Where the passage's own text starts within {@link #quoteText()}. */
  public int quoteOffset() {
    return leansOnPrevious ? passage.start() - passage.previousStart() : 0;
  }
}
