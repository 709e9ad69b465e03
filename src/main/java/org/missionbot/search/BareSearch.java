package org.missionbot.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The benchmark's reference: a bare Lucene BM25 search of the same passages, with Lucene's English
 * analyzer and nothing of ours (no synonyms, spelling, kinds, coverage or leads). It returns the top
 * passages' texts.
 */
public final class BareSearch implements Closeable {

  private static final String TEXT = "text";

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QueryBuilder queries = new QueryBuilder(new EnglishAnalyzer());

  /** Indexes the passages in memory. */
  public BareSearch(List<String> passages) {
    try {
      ByteBuffersDirectory dir = new ByteBuffersDirectory();
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new EnglishAnalyzer()))) {
        for (String passage : passages) {
          Document doc = new Document();
          doc.add(new TextField(TEXT, passage, Field.Store.YES));
          writer.addDocument(doc);
        }
      }
      this.reader = DirectoryReader.open(dir);
      this.searcher = new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The texts of the best {@code n} passages for the question, best first. */
  public List<String> search(String question, int n) {
    Query query = queries.createBooleanQuery(TEXT, question, BooleanClause.Occur.SHOULD);
    try {
      ScoreDoc[] docs = searcher.search(query == null ? MatchNoDocsQuery.INSTANCE : query, n).scoreDocs;
      StoredFields stored = searcher.storedFields();
      List<String> texts = new ArrayList<>(docs.length);
      for (ScoreDoc doc : docs) {
        texts.add(stored.document(doc.doc).get(TEXT));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
