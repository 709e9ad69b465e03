package org.missionbot.search;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Countries;
import org.missionbot.corpus.Memo;
import org.missionbot.corpus.Mention;
import org.missionbot.corpus.Passage;
import org.missionbot.index.Analysis;
import org.missionbot.index.Embedder;
import org.missionbot.index.Fields;
import org.missionbot.index.PassageIndex;

/**
 * Reads what one document of the index holds, by its Lucene number: the passage it stands for, the
 * exact cosine of its vector with a question's, the kinds of its mentions, its article's topicality,
 * and how much of a question its article holds. Thread-safe.
 */
final class Documents {

  private static final Countries COUNTRIES = Countries.get();

  private final PassageIndex index;
  private final IndexReader reader;
  private final Analyzer passageAnalyzer;
  /**
   * The stems of recently searched articles' text, for what an article holds anywhere: analysing an
   * article costs far more than a search, so as many are kept as a large corpus has (about 30 kB each).
   */
  private final Memo<Article, Set<String>> articleStems = new Memo<>(16_384, this::stemsOf);
  /** The countries recently searched articles name, in any of their words. */
  private final Memo<Article, Set<String>> articleCountries =
      new Memo<>(16_384, article -> COUNTRIES.namedIn(article.title() + "\n" + article.body()));

  Documents(PassageIndex index) {
    this.index = index;
    this.reader = index.searcher().getIndexReader();
    this.passageAnalyzer = index.analysis().passageAnalyzer();
  }

  /** What both sides and the document itself say of it, for a question and the two sides' lists. */
  Signals signals(Question question, int doc, ScoreDoc[] lexical, ScoreDoc[] semantic, float[] vector)
      throws IOException {
    int lexicalRank = rank(lexical, doc);
    Passage passage = passage(doc);
    return new Signals(lexicalRank < 0 ? 0 : lexical[lexicalRank].score, lexicalRank, similarity(doc, vector),
        rank(semantic, doc), holdsWanted(question, doc), recorded(doc, Fields.TOPICALITY), articleCoverage(question, passage),
        articleLacksName(question, passage), recorded(doc, Fields.SCOPE));
  }

  private static int rank(ScoreDoc[] docs, int doc) {
    for (int i = 0; i < docs.length; i++) {
      if (docs[i].doc == doc) {
        return i;
      }
    }
    return -1;
  }

  /** The exact cosine of the passage's stored vector and the question's. */
  private double similarity(int doc, float[] vector) throws IOException {
    LeafReaderContext leaf = leaf(doc);
    FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
    KnnVectorValues.DocIndexIterator at = values.iterator();
    int local = doc - leaf.docBase;
    if (at.advance(local) != local) {
      throw new IllegalStateException("document " + doc + " has no vector");
    }
    return Embedder.dot(values.vectorValue(at.index()), vector);
  }

  /** Whether the passage holds what the question's kinds want, as the index recorded it. */
  private boolean holdsWanted(Question question, int doc) throws IOException {
    for (QuestionKind kind : question.kinds()) {
      if (kind.wants() != null) {
        for (Mention.Kind answer : kind.wants().answeredBy()) {
          if (holdsMention(doc, answer.name())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean holdsMention(int doc, String kind) throws IOException {
    LeafReaderContext leaf = leaf(doc);
    var postings = leaf.reader().postings(new Term(Fields.MENTIONS, kind));
    int local = doc - leaf.docBase;
    return postings != null && postings.advance(local) == local;
  }

  /** A number the index recorded for the document (its article's topicality, its article's scope share). */
  private double recorded(int doc, String field) throws IOException {
    LeafReaderContext leaf = leaf(doc);
    NumericDocValues values = leaf.reader().getNumericDocValues(field);
    if (values == null || !values.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("document " + doc + " has no " + field);
    }
    return Float.intBitsToFloat((int) values.longValue());
  }

  /** The share of the question's weight whose words stand anywhere in the passage's article. */
  private double articleCoverage(Question question, Passage passage) {
    Set<String> stems = articleStems.get(passage.article());
    double held = question.concepts().stream().filter(c -> stems.contains(c.stem())).mapToDouble(Concept::weight).sum();
    return question.weight() > 0 ? held / question.weight() : 0;
  }

  /**
   * Whether the question names someone or something (a proper name) that the passage's article never
   * does, or a country it never names in any of its words ("the United Kingdom", "china" in lower case:
   * words a dictionary has too).
   */
  private boolean articleLacksName(Question question, Passage passage) {
    Set<String> stems = articleStems.get(passage.article());
    return question.concepts().stream().anyMatch(c -> c.name() && !stems.contains(c.stem()))
        || !question.countries().isEmpty() && !articleCountries.get(passage.article()).containsAll(question.countries());
  }

  private Set<String> stemsOf(Article article) {
    return Set.copyOf(Analysis.terms(passageAnalyzer, Fields.TEXT, article.title() + "\n" + article.body()));
  }

  private LeafReaderContext leaf(int doc) {
    return reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
  }

  /** The passage a document of the index stands for. */
  Passage passage(int doc) throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    NumericDocValues numbers = leaf.reader().getNumericDocValues(Fields.PASSAGE);
    if (numbers == null || !numbers.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("document " + doc + " has no passage number");
    }
    return index.passages().get((int) numbers.longValue());
  }}
