package org.missionbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;
import org.missionbot.corpus.LoadOnce;
import org.missionbot.corpus.Memo;
import org.missionbot.index.Fields;

/**
 * Counts over the passages of articles on the bot's topic (an article's share of passages naming the
 * topic at least {@link PassageSearcher#ON_TOPIC}): how many there are, and how many hold a term. What
 * a question's words weigh, which of its words the checks of what is asked can read, and the
 * statistics BM25 scores passages with ({@link TopicalSearcher}) all come from them, so that articles on
 * other subjects change none of these. One per index; thread-safe.
 */
final class TopicalCounts {

  /** The passages of articles on the topic: a share is never negative, so its float's bits order as it does. */
  private static final Query ON_TOPIC = NumericDocValuesField.newSlowRangeQuery(Fields.SCOPE,
      Float.floatToIntBits(PassageSearcher.ON_TOPIC), Long.MAX_VALUE);

  private final IndexSearcher searcher;
  private final LoadOnce<Integer> passages;
  /** The documents of the passages on the topic, marked in one pass on first use. */
  private final LoadOnce<FixedBitSet> documents = new LoadOnce<>("the passages on the topic", this::markDocuments);
  /** Per term of any field, asked of the same words question after question. */
  private final Memo<Term, Integer> holding = new Memo<>(16_384, this::countHolding);

  TopicalCounts(IndexSearcher searcher) {
    this.searcher = searcher;
    this.passages = new LoadOnce<>("the count of passages on the topic", () -> Math.max(1, count(ON_TOPIC)));
  }

  /** How many passages are of articles on the topic (at least one), counted on the first question. */
  int passages() {
    return passages.get();
  }

  /** How many passages of articles on the topic hold the stem in their text. */
  int holding(String stem) {
    return holding(new Term(Fields.TEXT, stem));
  }

  /** How many passages of articles on the topic hold the term. */
  int holding(Term term) {
    return holding.get(term);
  }

  private int countHolding(Term term) {
    return count(new BooleanQuery.Builder().add(new TermQuery(term), BooleanClause.Occur.FILTER)
        .add(ON_TOPIC, BooleanClause.Occur.FILTER).build());
  }

  /** Which documents of the index are passages of articles on the topic. */
  FixedBitSet documents() {
    return documents.get();
  }

  private FixedBitSet markDocuments() {
    IndexReader reader = searcher.getIndexReader();
    FixedBitSet marked = new FixedBitSet(Math.max(1, reader.maxDoc()));
    try {
      Weight weight = searcher.createWeight(searcher.rewrite(ON_TOPIC), ScoreMode.COMPLETE_NO_SCORES, 1);
      for (LeafReaderContext leaf : reader.leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer != null) {
          DocIdSetIterator docs = scorer.iterator();
          for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            marked.set(leaf.docBase + doc);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return marked;
  }

  private int count(Query query) {
    try {
      return searcher.count(query);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
