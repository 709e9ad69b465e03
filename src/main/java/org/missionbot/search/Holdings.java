package org.missionbot.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.missionbot.index.Fields;

/**
 * Which of a few candidate passages hold which of a question's concepts, in which field. Read from
 * the postings lists, skipping to each candidate: far cheaper than decoding each candidate's terms.
 * A concept's prefix is only looked up where it finds more sentences than its stem; elsewhere the
 * stem decides.
 */
final class Holdings {

  /** The fields looked in, in the order of {@link #holds}'s first index. */
  enum In { TEXT, PREFIX, CONTEXT, ABOUT }

  private final int[] docs;
  private final boolean[][][] holds;

  private Holdings(int[] docs, boolean[][][] holds) {
    this.docs = docs;
    this.holds = holds;
  }

  static Holdings of(IndexReader reader, int[] candidates, List<Concept> concepts) throws IOException {
    int[] docs = candidates.clone();
    Arrays.sort(docs);
    boolean[][][] holds = new boolean[In.values().length][concepts.size()][docs.length];
    for (LeafReaderContext leaf : reader.leaves()) {
      int from = lowerBound(docs, leaf.docBase);
      int to = lowerBound(docs, leaf.docBase + leaf.reader().maxDoc());
      if (from < to) {
        for (In field : In.values()) {
          Terms terms = leaf.reader().terms(name(field));
          TermsEnum each = terms == null ? null : terms.iterator();
          for (int c = 0; each != null && c < concepts.size(); c++) {
            if (field != In.PREFIX || concepts.get(c).prefixFindsMore()) {
              mark(each, term(field, concepts.get(c)), docs, from, to, leaf.docBase, holds[field.ordinal()][c]);
            }
          }
        }
      }
    }
    return new Holdings(docs, holds);
  }

  boolean holds(In field, int concept, int doc) {
    return holds[field.ordinal()][concept][Arrays.binarySearch(docs, doc)];
  }

  private static void mark(TermsEnum terms, String term, int[] docs, int from, int to, int base, boolean[] out)
      throws IOException {
    if (!terms.seekExact(new BytesRef(term))) {
      return;
    }
    PostingsEnum postings = terms.postings(null, PostingsEnum.NONE);
    for (int i = from; i < to; i++) {
      int target = docs[i] - base;
      int doc = postings.docID() >= target ? postings.docID() : postings.advance(target);
      if (doc == DocIdSetIterator.NO_MORE_DOCS) {
        return;
      }
      out[i] = doc == target;
    }
  }

  private static String name(In field) {
    return switch (field) {
      case TEXT -> Fields.TEXT;
      case PREFIX -> Fields.PREFIX;
      case CONTEXT -> Fields.CONTEXT;
      case ABOUT -> Fields.ABOUT;
    };
  }

  private static String term(In field, Concept concept) {
    return field == In.PREFIX ? concept.prefix() : concept.stem();
  }

  private static int lowerBound(int[] sorted, int value) {
    int i = Arrays.binarySearch(sorted, value);
    return i >= 0 ? i : -i - 1;
  }
}
