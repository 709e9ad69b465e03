package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FlooredTopDocsTest {

  private static final Query QUERY = new BooleanQuery.Builder()
      .add(new TermQuery(new Term("text", "police")), BooleanClause.Occur.SHOULD)
      .add(new TermQuery(new Term("text", "haiti")), BooleanClause.Occur.SHOULD).build();

  private DirectoryReader reader;
  private IndexSearcher searcher;

  @BeforeEach
  void index() throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (int i = 0; i < 3000; i++) {
        Document doc = new Document();
        doc.add(new TextField("text", "haiti ".repeat(1 + i % 7) + "police ".repeat(i % 3) + "filler ".repeat(i % 11),
            Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
  }

  @AfterEach
  void close() throws IOException {
    reader.close();
  }

  @Test
  void aFloorAtTheNthBestScoreFindsTheSameTopDocs() throws IOException {
    ScoreDoc[] plain = FlooredTopDocs.search(searcher, QUERY, 16, 0);
    ScoreDoc[] floored = FlooredTopDocs.search(searcher, QUERY, 16, plain[15].score);

    assertArrayEquals(docs(plain), docs(floored));
  }

  private static int[] docs(ScoreDoc[] docs) {
    return Arrays.stream(docs).mapToInt(d -> d.doc).toArray();
  }
}
