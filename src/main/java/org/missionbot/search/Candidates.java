package org.missionbot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.missionbot.index.Fields;

/**
 * The passages each side proposes for a question before the ranker weighs them together: BM25 on the
 * question's words, where a passage holding what a kind wants scores that kind's boost times more, and
 * the nearest vectors to its meaning.
 */
final class Candidates {

  /** How many passages each side (BM25, vectors) proposes for each question. */
  static final int CANDIDATES = 16;
  private static final float PREFIX_BOOST = 0.4f;
  private static final float CONTEXT_BOOST = 0.5f;
  /**
   * From this many passages on, candidates are searched as one pruned query per combination of kinds;
   * below, one query that scores every match is quicker (2.8x bare Lucene at the median on the five
   * articles, against 4.5x), and ranks the same.
   */
  static final int PRUNED_FROM = 10_000;

  /** Best score first, then the lower document first, as Lucene's top-docs collector ranks ties. */
  private static final Comparator<ScoreDoc> BEST_FIRST =
      Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc);

  private final IndexSearcher searcher;
  /** Whether candidates are found by pruned queries, which pay off on a large index only. */
  private final boolean pruned;

  /** The candidates of the searcher's index, found by pruned queries from {@code prunedFrom} passages on. */
  Candidates(IndexSearcher searcher, int prunedFrom) {
    this.searcher = searcher;
    this.pruned = searcher.getIndexReader().maxDoc() >= prunedFrom;
  }

  /** The passages nearest the question's meaning, as the embedder gives it. */
  ScoreDoc[] semantic(float[] vector) throws IOException {
    return searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, vector, CANDIDATES), CANDIDATES).scoreDocs;
  }

  /** The documents of both lists, each once, in the order the lists give them (a stream's distinct() boxes each). */
  static int[] union(ScoreDoc[] first, ScoreDoc[] second) {
    int[] docs = new int[first.length + second.length];
    int n = 0;
    for (ScoreDoc[] list : List.of(first, second)) {
      for (ScoreDoc d : list) {
        boolean seen = false;
        for (int i = 0; i < n && !seen; i++) {
          seen = docs[i] == d.doc;
        }
        if (!seen) {
          docs[n++] = d.doc;
        }
      }
    }
    return Arrays.copyOf(docs, n);
  }

  /**
   * The best passages for the concepts, a passage holding what a kind wants scoring that kind's boost
   * times more. On a small index that is {@link #scoredThroughout}; but it scores every match (50 ms a
   * question at 10,000 articles), so on a large one each combination of kinds held is its own query (held
   * kinds as filters, the others excluded), which Lucene can prune, and their tops are merged. The most
   * boosted combination goes first, and what it found is the floor the next ones must reach.
   */
  ScoreDoc[] lexical(Question question) throws IOException {
    Query words = wordsQuery(question);
    if (!pruned) {
      return searcher.search(scoredThroughout(words, question), CANDIDATES).scoreDocs;
    }
    List<QuestionKind> boosting = question.kinds().stream().filter(k -> k.wants() != null).toList();
    List<ScoreDoc> best = new ArrayList<>();
    for (int held : mostBoostedFirst(boosting)) {
      float floor = floor(best, boosting, held);
      for (ScoreDoc doc : FlooredTopDocs.search(searcher, holding(words, boosting, held), CANDIDATES, floor)) {
        best.add(new ScoreDoc(doc.doc, boosted(doc.score, boosting, held)));
      }
      best.sort(BEST_FIRST);
      best.subList(Math.min(CANDIDATES, best.size()), best.size()).clear();
    }
    return best.toArray(ScoreDoc[]::new);
  }

  /** The words' query with each wanted kind's boost multiplied in, scoring every match. */
  private static Query scoredThroughout(Query words, Question question) {
    Query query = words;
    for (QuestionKind kind : question.kinds()) {
      if (kind.wants() != null) {
        Query holds = new TermQuery(new Term(Fields.MENTIONS, kind.wants().name()));
        query = FunctionScoreQuery.boostByQuery(query, holds, kind.boost());
      }
    }
    return query;
  }

  /** The combinations of kinds held, as bit sets, the one with the largest boost first. */
  private static List<Integer> mostBoostedFirst(List<QuestionKind> kinds) {
    List<Integer> combinations = new ArrayList<>();
    for (int held = 0; held < 1 << kinds.size(); held++) {
      combinations.add(held);
    }
    combinations.sort(Comparator.comparingDouble(held -> -boost(kinds, held)));
    return combinations;
  }

  /**
   * The score a passage of the combination needs to tie the worst of a full list of candidates,
   * a little under it so that the rounding of {@link #boosted} never loses a tie; 0 until the list is full.
   */
  private static float floor(List<ScoreDoc> best, List<QuestionKind> kinds, int held) {
    if (best.size() < CANDIDATES) {
      return 0;
    }
    return (float) (best.get(CANDIDATES - 1).score / boost(kinds, held) * (1 - 1e-6));
  }

  private static double boost(List<QuestionKind> kinds, int held) {
    double boost = 1;
    for (int k = 0; k < kinds.size(); k++) {
      boost *= (held & 1 << k) != 0 ? kinds.get(k).boost() : 1;
    }
    return boost;
  }

  /** The passages that match the words and hold what the kinds whose bit is set in {@code held} want, and no other. */
  private static Query holding(Query words, List<QuestionKind> kinds, int held) {
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
    for (int k = 0; k < kinds.size(); k++) {
      Query holds = new TermQuery(new Term(Fields.MENTIONS, kinds.get(k).wants().name()));
      query.add(holds, (held & 1 << k) != 0 ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST_NOT);
    }
    return query.build();
  }

  /** The score times each held kind's boost, rounded as the nested function score queries rounded it. */
  private static float boosted(float score, List<QuestionKind> kinds, int held) {
    for (int k = 0; k < kinds.size(); k++) {
      if ((held & 1 << k) != 0) {
        score = (float) ((double) score * kinds.get(k).boost());
      }
    }
    return score;
  }

  private static Query wordsQuery(Question question) {
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    for (Concept concept : question.concepts()) {
      if (concept.known()) {
        words.add(conceptQuery(concept), BooleanClause.Occur.SHOULD);
      }
    }
    return words.build();
  }

  /**
   * The concept sought in the sentence, by prefix when that finds more sentences, and in the sentence
   * before. Headings and headlines count only in coverage: as clauses they cost more than they rank.
   */
  private static Query conceptQuery(Concept concept) {
    List<Query> clauses = new ArrayList<>(3);
    clauses.add(new TermQuery(new Term(Fields.TEXT, concept.stem())));
    if (concept.prefixFindsMore()) {
      clauses.add(new BoostQuery(new TermQuery(new Term(Fields.PREFIX, concept.prefix())), PREFIX_BOOST));
    }
    clauses.add(new BoostQuery(new TermQuery(new Term(Fields.CONTEXT, concept.stem())), CONTEXT_BOOST));
    return new DisjunctionMaxQuery(clauses, 0.1f);
  }
}
