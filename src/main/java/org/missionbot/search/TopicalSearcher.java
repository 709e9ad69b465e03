package org.missionbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.missionbot.corpus.LoadOnce;
import org.missionbot.corpus.Memo;

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
  /** Per term: in how many of the mission's passages it stands, and how often in all. */
  private final Memo<Term, long[]> terms = new Memo<>(16_384, this::countTerm);
  /** Per field, counted in one pass over its postings on first use. */
  private final Memo<String, CollectionStatistics> fields = new Memo<>(64, this::countField);
  /** Whether every passage is of an article on the topic, when Lucene's statistics are the mission's. */
  private final LoadOnce<Boolean> allOnTopic;

  /** Searches the reader, with statistics counted over the passages {@code counts} marks. */
  TopicalSearcher(IndexReader reader, TopicalCounts counts) {
    super(reader);
    this.counts = counts;
    this.allOnTopic = new LoadOnce<>("whether every passage is on the topic",
        () -> counts.documents().cardinality() == reader.maxDoc());
  }

  @Override
  public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
    if (everyPassageOnTopic()) {
      return super.termStatistics(term, docFreq, totalTermFreq);
    }
    long[] held = terms.get(term);
    return held[0] == 0 ? new TermStatistics(term.bytes(), 1, 1) : new TermStatistics(term.bytes(), held[0], held[1]);
  }

  @Override
  public CollectionStatistics collectionStatistics(String field) throws IOException {
    CollectionStatistics whole = super.collectionStatistics(field);
    if (whole == null || everyPassageOnTopic()) {
      return whole;
    }
    CollectionStatistics topical = fields.get(field);
    return topical == null ? whole : topical;
  }

  private boolean everyPassageOnTopic() {
    return allOnTopic.get();
  }

  private long[] countTerm(Term term) {
    FixedBitSet topical = counts.documents();
    long[] held = new long[2];
    try {
      for (LeafReaderContext leaf : getIndexReader().leaves()) {
        PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.FREQS);
        if (postings != null) {
          add(postings, leaf.docBase, topical, held, null);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return held;
  }

  /** The field's statistics over the mission's passages; null when none of them has the field. */
  private CollectionStatistics countField(String field) {
    FixedBitSet topical = counts.documents();
    FixedBitSet having = new FixedBitSet(topical.length());
    long[] held = new long[2]; // postings, occurrences
    try {
      for (LeafReaderContext leaf : getIndexReader().leaves()) {
        Terms fieldTerms = leaf.reader().terms(field);
        if (fieldTerms == null) {
          continue;
        }
        TermsEnum each = fieldTerms.iterator();
        PostingsEnum postings = null;
        for (BytesRef t = each.next(); t != null; t = each.next()) {
          postings = each.postings(postings, PostingsEnum.FREQS);
          add(postings, leaf.docBase, topical, held, having);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int docCount = having.cardinality();
    return docCount == 0 ? null : new CollectionStatistics(field, getIndexReader().maxDoc(), docCount, held[1], held[0]);
  }

  /** Counts into {@code held} the postings of documents on the topic, and their occurrences; marks their documents. */
  private static void add(PostingsEnum postings, int docBase, FixedBitSet topical, long[] held, FixedBitSet having)
      throws IOException {
    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
      if (topical.get(docBase + doc)) {
        held[0]++;
        held[1] += postings.freq();
        if (having != null) {
          having.set(docBase + doc);
        }
      }
    }
  }
}
