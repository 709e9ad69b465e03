package org.missionbot.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;

/**
 * A searcher of the whole index whose BM25 weighs a word by the passages of the articles on the bot's
 * topic, as the question reader does ({@link TopicalCounts}): how rare a word is among the mission's
 * passages, and how long they are on average. Counted over every passage, "Port-au-Prince" weighed
 * twice as much once twelve articles on nearby subjects joined the five, "say" little more than half,
 * and the same question scored the mission's passages otherwise. A word that only articles on other
 * subjects hold weighs as the rarest, as in the reader. With every article on the topic the statistics
 * are Lucene's own.
 */
final class TopicalSearcher extends IndexSearcher {

  private final TopicalCounts counts;

  /** Searches the reader, with statistics counted over the passages {@code counts} counts. */
  TopicalSearcher(IndexReader reader, TopicalCounts counts) {
    super(reader);
    this.counts = counts;
  }

  @Override
  public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
    if (counts.everyPassage()) {
      return super.termStatistics(term, docFreq, totalTermFreq);
    }
    TopicalCounts.Held held = counts.held(term);
    return held.passages() == 0 ? new TermStatistics(term.bytes(), 1, 1)
        : new TermStatistics(term.bytes(), held.passages(), held.occurrences());
  }

  @Override
  public CollectionStatistics collectionStatistics(String field) throws IOException {
    CollectionStatistics whole = super.collectionStatistics(field);
    return whole == null || counts.everyPassage() ? whole : counts.field(field).orElse(whole);
  }
}
