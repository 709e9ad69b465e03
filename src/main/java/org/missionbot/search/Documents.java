package org.missionbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Countries;
import org.missionbot.corpus.CountryNames;
import org.missionbot.corpus.Initials;
import org.missionbot.corpus.Memo;
import org.missionbot.corpus.Mention;
import org.missionbot.corpus.Passage;
import org.missionbot.index.Analysis;
import org.missionbot.index.Fields;
import org.missionbot.index.PassageIndex;
import org.missionbot.index.Scope;

/**
 * Reads what one document of the index holds, by its Lucene number: the passage it stands for, the
 * exact cosine of its vector with a question's, the kinds of its mentions, its article's topicality,
 * and how much of a question its article holds. Thread-safe.
 */
final class Documents {

  private static final CountryNames COUNTRY_NAMES = CountryNames.get();

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
      new Memo<>(16_384, article -> COUNTRY_NAMES.namedIn(article.title() + "\n" + article.body()));

  /** The countries recently searched passages name (by document), for questions asking for countries. */
  private final Memo<Integer, Set<String>> passageCountries = new Memo<>(16_384, this::countriesOf);

  /** Per document of the index: the number of the passage it stands for. */
  private final int[] passageNumbers;
  /** Per document: its article's topicality and its article's scope share, as the index recorded them. */
  private final float[] topicality;
  private final float[] scope;
  /** Per kind of mention (by ordinal): the documents whose passage holds one. */
  private final FixedBitSet[] mentions;

  /**
   * Reads the index's per-document numbers and mention kinds once, into arrays (a dozen bytes a
   * passage): looking each up through Lucene per candidate was most of a search's own cost.
   */
  Documents(PassageIndex index) {
    this.index = index;
    this.reader = index.searcher().getIndexReader();
    this.passageAnalyzer = index.analysis().passageAnalyzer();
    int docs = reader.maxDoc();
    passageNumbers = new int[docs];
    topicality = new float[docs];
    scope = new float[docs];
    mentions = new FixedBitSet[Mention.Kind.values().length];
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        read(leaf, Fields.PASSAGE, (doc, value) -> passageNumbers[doc] = (int) value);
        read(leaf, Fields.TOPICALITY, (doc, value) -> topicality[doc] = Float.intBitsToFloat((int) value));
        read(leaf, Fields.SCOPE, (doc, value) -> scope[doc] = Float.intBitsToFloat((int) value));
      }
      for (Mention.Kind kind : Mention.Kind.values()) {
        FixedBitSet holding = new FixedBitSet(Math.max(1, docs));
        for (LeafReaderContext leaf : reader.leaves()) {
          PostingsEnum postings = leaf.reader().postings(new Term(Fields.MENTIONS, kind.name()), PostingsEnum.NONE);
          if (postings != null) {
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
              holding.set(leaf.docBase + doc);
            }
          }
        }
        mentions[kind.ordinal()] = holding;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface DocValue {
    void set(int doc, long value);
  }

  /** Hands every live document's value of a numeric field to {@code into}; each document must have one. */
  private static void read(LeafReaderContext leaf, String field, DocValue into) throws IOException {
    NumericDocValues values = leaf.reader().getNumericDocValues(field);
    Bits live = leaf.reader().getLiveDocs();
    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      if (values == null || !values.advanceExact(doc)) {
        throw new IllegalStateException("document " + (leaf.docBase + doc) + " has no " + field);
      }
      into.set(leaf.docBase + doc, values.longValue());
    }
  }

  /**
   * What both sides and the document itself say of each document, for a question and the two sides'
   * lists, in the order of {@code docs}.
   */
  List<Signals> signals(Question question, int[] docs, ScoreDoc[] lexical, ScoreDoc[] semantic, float[] vector)
      throws IOException {
    float[][] agreements = new float[docs.length][];
    double[] similarities = similarities(docs, vector, agreements);
    List<Signals> signals = new ArrayList<>(docs.length);
    // the candidates come from few articles: what an article holds of the question is worked out once
    Map<Article, Double> coverage = new IdentityHashMap<>();
    Map<Article, Boolean> lacksName = new IdentityHashMap<>();
    boolean countriesAsked = question.asksCountries();
    for (int i = 0; i < docs.length; i++) {
      int doc = docs[i];
      int lexicalRank = rank(lexical, doc);
      Article article = passage(doc).article();
      signals.add(new Signals(lexicalRank < 0 ? 0 : lexical[lexicalRank].score, lexicalRank, similarities[i],
          rank(semantic, doc), holdsWanted(question, doc, countriesAsked), topicality[doc],
          coverage.computeIfAbsent(article, a -> articleCoverage(question, a)),
          lacksName.computeIfAbsent(article, a -> articleLacksName(question, a)), scope[doc], agreements[i]));
    }
    return signals;
  }

  private static int rank(ScoreDoc[] docs, int doc) {
    for (int i = 0; i < docs.length; i++) {
      if (docs[i].doc == doc) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The exact cosines of the documents' stored vectors and the question's, in the order of {@code docs},
   * with their products dimension by dimension put in {@code agreements}: each leaf's vectors are opened
   * once and walked in document order, as their iterator needs.
   */
  private double[] similarities(int[] docs, float[] vector, float[][] agreements) throws IOException {
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
    double[] similarities = new double[docs.length];
    LeafReaderContext leaf = null;
    FloatVectorValues values = null;
    KnnVectorValues.DocIndexIterator at = null;
    for (int i : order) {
      int doc = docs[i];
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaf(doc);
        values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
        at = values.iterator();
      }
      int local = doc - leaf.docBase;
      if ((at.docID() == local ? local : at.advance(local)) != local) {
        throw new IllegalStateException("document " + doc + " has no vector");
      }
      float[] stored = values.vectorValue(at.index());
      if (stored.length != vector.length) {
        throw new IllegalArgumentException("vectors of " + stored.length + " and " + vector.length + " dimensions");
      }
      float[] agreement = new float[vector.length];
      float dot = 0; // summed as Embedder.dot sums, so that the similarity is the same to the last bit
      for (int d = 0; d < agreement.length; d++) {
        agreement[d] = stored[d] * vector[d];
        dot += agreement[d];
      }
      agreements[i] = agreement;
      similarities[i] = dot;
    }
    return similarities;
  }

  /**
   * Whether the passage holds what the question's kinds want, as the index recorded it (for one country
   * asked, two countries named). Countries asked for ({@code countriesAsked}) are read from the passage
   * itself: two or more that the question does not name, the topic's place (Haiti) not counted, which
   * nearly every sentence names: "which countries besides Kenya are contributing officers" is answered
   * by "officers from Benin, Chad, Bangladesh ...", not by "Canada praised Kenya's leadership ...". The
   * mission's other actors (Kenya, Canada, the US) count as any country does: "which countries are sending
   * police" is held by a sentence naming the US and Canada too.
   */
  private boolean holdsWanted(Question question, int doc, boolean countriesAsked) {
    for (QuestionKind kind : question.kinds()) {
      if (kind == QuestionKind.COUNTRY && countriesAsked ? namesOtherCountries(question, doc) : holdsIndexed(kind, doc)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the index recorded a mention in the passage of a kind that answers this kind of question. */
  private boolean holdsIndexed(QuestionKind kind, int doc) {
    if (kind.wants() != null) {
      for (Mention.Kind answer : kind.wants().answeredBy()) {
        if (mentions[answer.ordinal()].get(doc)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean namesOtherCountries(Question question, int doc) {
    return passageCountries.get(doc).stream().filter(c -> !question.countries().contains(c)).count() >= 2;
  }

  /** The countries a passage names, the topic's place left out: read only for questions asking for countries. */
  private Set<String> countriesOf(int doc) {
    return COUNTRY_NAMES.namedIn(passage(doc).text()).stream().filter(c -> !Scope.namesTopic(c))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** The share of the question's weight whose words stand anywhere in the article. */
  private double articleCoverage(Question question, Article article) {
    Set<String> stems = articleStems.get(article);
    double held = question.concepts().stream().filter(c -> stems.contains(c.stem())).mapToDouble(Concept::weight).sum();
    return question.weight() > 0 ? held / question.weight() : 0;
  }

  /**
   * Whether the question names someone or something (a proper name) that the article never
   * does, or a country it never names in any of its words ("the United Kingdom", "china" in lower case:
   * words a dictionary has too).
   */
  private boolean articleLacksName(Question question, Article article) {
    Set<String> stems = articleStems.get(article);
    return question.concepts().stream().anyMatch(c -> c.name() && !stems.contains(c.stem()) && !namesRegionOf(c, article))
        || !question.countries().isEmpty() && !articleCountries.get(article).containsAll(question.countries());
  }

  /** Whether a word names a region ("African") that a country the article names lies in ("Benin"). */
  private boolean namesRegionOf(Concept concept, Article article) {
    String region = Countries.get().region(concept.word());
    return region != null && articleCountries.get(article).stream().anyMatch(c -> Countries.get().isIn(c, region));
  }

  /** The stems of the article's headline, text, outlet and the initials of the names in them ("HNP", "AP"). */
  private Set<String> stemsOf(Article article) {
    String outlet = article.outlet() == null ? "" : article.outlet();
    return Set.copyOf(Analysis.terms(passageAnalyzer, Fields.TEXT, String.join("\n", article.title(), article.body(),
        outlet, String.join(" ", Initials.inText(article.body())), Initials.ofOutlet(article))));
  }

  private LeafReaderContext leaf(int doc) {
    return reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
  }

  /** The passage a document of the index stands for. */
  Passage passage(int doc) {
    return index.passages().get(passageNumbers[doc]);
  }
}
