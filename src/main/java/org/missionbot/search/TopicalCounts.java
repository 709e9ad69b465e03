package org.missionbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
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
  /** The live documents of the passages on the topic, marked in one pass on first use. */
  private final LoadOnce<FixedBitSet> documents = new LoadOnce<>("the passages on the topic", this::markDocuments);
  /** How many they are. */
  private final LoadOnce<Integer> marked = new LoadOnce<>("the count of passages on the topic",
      () -> documents.get().cardinality());
  /** Per term of any field, asked of the same words question after question. */
  private final Memo<Term, Held> held = new Memo<>(16_384, this::countHeld);
  /** Per field, counted in one pass over its postings on first use. */
  private final Memo<String, Optional<CollectionStatistics>> fields = new Memo<>(64, this::countField);

  /**
   * How often the passages on the topic hold a term.
   *
   * @param passages how many of them hold it
   * @param occurrences how often it stands in them in all
   */
  record Held(int passages, long occurrences) {}

  TopicalCounts(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** How many passages are of articles on the topic (at least one), counted on the first question. */
  int passages() {
    return Math.max(1, marked.get());
  }

  /** How many passages of articles on the topic hold the stem in their text. */
  int holding(String stem) {
    return held(new Term(Fields.TEXT, stem)).passages();
  }

  /** How often the passages of articles on the topic hold the term. */
  Held held(Term term) {
    return held.get(term);
  }

  /**
   * A field's statistics over the passages of articles on the topic, as Lucene gives them over every
   * passage (how many have it, their postings and their words); empty when none of them has it.
   */
  Optional<CollectionStatistics> field(String field) {
    return fields.get(field);
  }

  /** Which live documents of the index are passages of articles on the topic. */
  FixedBitSet documents() {
    return documents.get();
  }

  /** Whether every document of the index is a passage of an article on the topic. */
  boolean everyPassage() {
    return marked.get() == searcher.getIndexReader().maxDoc();
  }

  private FixedBitSet markDocuments() {
    IndexReader reader = searcher.getIndexReader();
    FixedBitSet marked = new FixedBitSet(Math.max(1, reader.maxDoc()));
    try {
      Weight weight = searcher.createWeight(searcher.rewrite(ON_TOPIC), ScoreMode.COMPLETE_NO_SCORES, 1);
      for (LeafReaderContext leaf : reader.leaves()) {
        Scorer scorer = weight.scorer(leaf);
        Bits live = leaf.reader().getLiveDocs();
        if (scorer != null) {
          DocIdSetIterator docs = scorer.iterator();
          for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (live == null || live.get(doc)) {
              marked.set(leaf.docBase + doc);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return marked;
  }

  private Held countHeld(Term term) {
    long[] counted = new long[2]; // passages, occurrences
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.FREQS);
        if (postings != null) {
          add(postings, leaf.docBase, counted, null);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Held((int) counted[0], counted[1]);
  }

  private Optional<CollectionStatistics> countField(String field) {
    IndexReader reader = searcher.getIndexReader();
    FixedBitSet having = new FixedBitSet(Math.max(1, reader.maxDoc()));
    long[] counted = new long[2]; // postings, occurrences
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        TermsEnum each = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef t = each.next(); t != null; t = each.next()) {
          postings = each.postings(postings, PostingsEnum.FREQS);
          add(postings, leaf.docBase, counted, having);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int docCount = having.cardinality();
    return docCount == 0 ? Optional.empty()
        : Optional.of(new CollectionStatistics(field, reader.maxDoc(), docCount, counted[1], counted[0]));
  }

  /** Counts into {@code counted} the postings of passages on the topic and their occurrences; marks their documents. */
  private void add(PostingsEnum postings, int docBase, long[] counted, FixedBitSet having) throws IOException {
    FixedBitSet topical = documents.get();
    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
      if (topical.get(docBase + doc)) {
        counted[0]++;
        counted[1] += postings.freq();
        if (having != null) {
          having.set(docBase + doc);
        }
      }
    }
  }
}
