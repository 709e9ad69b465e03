package org.missionbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.QueryBuilder;
import org.missionbot.index.Analysis;
import org.missionbot.index.Embedder;
import org.missionbot.index.Fields;
import org.missionbot.index.PassageIndex;

/**
 * The benchmark's second reference: the hybrid a developer writes in a day. Plain BM25 on the
 * sentences and one embedding of the question with the same model, each side's top passages fused by
 * reciprocal rank, the top three returned. No spelling, synonyms, kinds, learned fusion, quotes or leads.
 */
public final class NaiveHybrid {

  /** The usual constant of reciprocal-rank fusion. */
  private static final int RRF_K = 60;
  private static final int DEPTH = 16;

  private final IndexSearcher searcher;
  private final Embedder embedder;
  private final QueryBuilder queries = new QueryBuilder(Analysis.queryAnalyzer());

  public NaiveHybrid(PassageIndex index, Embedder embedder) {
    this.searcher = index.searcher();
    this.embedder = embedder;
  }

  /** The numbers of the best {@code n} passages for the question, best first. */
  public List<Integer> search(String question, int n) {
    try {
      Query words = queries.createBooleanQuery(Fields.TEXT, question, BooleanClause.Occur.SHOULD);
      ScoreDoc[] lexical = searcher.search(words == null ? MatchNoDocsQuery.INSTANCE : words, DEPTH).scoreDocs;
      float[] vector = embedder.query(question);
      ScoreDoc[] semantic = searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, vector, DEPTH), DEPTH).scoreDocs;
      Map<Integer, Double> fused = new HashMap<>();
      add(fused, lexical);
      add(fused, semantic);
      List<Integer> docs = new ArrayList<>(fused.keySet());
      docs.sort((a, b) -> Double.compare(fused.get(b), fused.get(a)));
      StoredFields stored = searcher.storedFields();
      List<Integer> passages = new ArrayList<>(n);
      for (int doc : docs.subList(0, Math.min(n, docs.size()))) {
        passages.add(stored.document(doc).getField(Fields.PASSAGE).numericValue().intValue());
      }
      return passages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void add(Map<Integer, Double> fused, ScoreDoc[] ranked) {
    for (int r = 0; r < ranked.length; r++) {
      fused.merge(ranked[r].doc, 1.0 / (RRF_K + r + 1), Double::sum);
    }
  }
}
