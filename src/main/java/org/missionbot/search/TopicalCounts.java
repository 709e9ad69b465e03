package org.missionbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.missionbot.corpus.LoadOnce;
import org.missionbot.corpus.Memo;
import org.missionbot.index.Fields;

/**
 * Counts over the passages of articles on the bot's topic (an article's share of passages naming the
 * topic at least {@link PassageSearcher#ON_TOPIC}): how many there are, and how many hold a stem. What
 * a question's words weigh and which of its words the checks of what is asked can read both come from
 * them, so that articles on other subjects change neither. One per index; thread-safe.
 */
final class TopicalCounts {

  /** The passages of articles on the topic: a share is never negative, so its float's bits order as it does. */
  private static final Query ON_TOPIC = NumericDocValuesField.newSlowRangeQuery(Fields.SCOPE,
      Float.floatToIntBits(PassageSearcher.ON_TOPIC), Long.MAX_VALUE);

  private final IndexSearcher searcher;
  private final LoadOnce<Integer> passages;
  /** Per stem, asked of the same words question after question. */
  private final Memo<String, Integer> holding = new Memo<>(16_384, this::countHolding);

  TopicalCounts(IndexSearcher searcher) {
    this.searcher = searcher;
    this.passages = new LoadOnce<>("the count of passages on the topic", () -> Math.max(1, count(ON_TOPIC)));
  }

  /** How many passages are of articles on the topic (at least one), counted on the first question. */
  int passages() {
    return passages.get();
  }

  /** How many passages of articles on the topic hold the stem. */
  int holding(String stem) {
    return holding.get(stem);
  }

  private int countHolding(String stem) {
    return count(new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.TEXT, stem)), BooleanClause.Occur.FILTER)
        .add(ON_TOPIC, BooleanClause.Occur.FILTER).build());
  }

  private int count(Query query) {
    try {
      return searcher.count(query);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
