package org.missionbot.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.missionbot.index.Analysis;
import org.missionbot.index.Fields;
import org.missionbot.index.PassageIndex;

/**
 * The benchmark's reference: a bare Lucene BM25 search of the same index's passages, with the same
 * stemming but nothing else of ours (no synonyms, spelling, kinds, coverage, quotes or leads). It
 * returns the top passages' numbers.
 */
public final class BareSearch implements Closeable {

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QueryBuilder queries = new QueryBuilder(Analysis.queryAnalyzer());

  private BareSearch(DirectoryReader reader) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /** Opens the index that is current under {@code root}, as {@link PassageIndex} left it. */
  public static BareSearch open(Path root) throws IOException {
    return new BareSearch(DirectoryReader.open(FSDirectory.open(PassageIndex.currentFolder(root))));
  }

  /** The numbers of the best {@code n} passages for the question, best first. */
  public List<Integer> search(String question, int n) {
    Query query = queries.createBooleanQuery(Fields.TEXT, question, BooleanClause.Occur.SHOULD);
    try {
      ScoreDoc[] docs = searcher.search(query == null ? MatchNoDocsQuery.INSTANCE : query, n).scoreDocs;
      StoredFields stored = searcher.storedFields();
      List<Integer> passages = new ArrayList<>(docs.length);
      for (ScoreDoc doc : docs) {
        passages.add(stored.document(doc.doc).getField(Fields.PASSAGE).numericValue().intValue());
      }
      return passages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
