package org.missionbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.FixedBitSet;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Countries;
import org.missionbot.corpus.LoadOnce;
import org.missionbot.corpus.Memo;
import org.missionbot.corpus.Passage;
import org.missionbot.index.Analysis;
import org.missionbot.index.Fields;
import org.missionbot.index.PassageIndex;

/**
 * Finds the passages that answer a question. Each content word of the question is sought in the
 * passage (stemmed, then by prefix) and, for less, in the words around it; passages that hold what
 * the question asks for (an amount for "how much") score higher; and each hit is weighed by how much
 * of the question it covers, which is what tells an answer from an unrelated sentence.
 */
public final class PassageSearcher {

  /** What a question may end with besides its words: marks, full stops, spaces. */
  private static final Pattern TRAILING = Pattern.compile("[\\s?!.\u2026]+$");

  /** A word in this share of passages is the articles' topic. */
  private static final double TOPICAL_SHARE = 0.4;
  /**
   * The share of an article's sentences naming the bot's topic from which it is on the topic: the
   * training articles on the topic have 0.44 to 0.86, those on nearby topics 0 to 0.07.
   */
  public static final float ON_TOPIC = 0.2f;

  private final PassageIndex index;
  private final IndexReader reader;
  private final QuestionReader questions;
  private final Analyzer passageAnalyzer;
  /** What each document of the index holds: its passage, vector, mentions, article. */
  private final Documents documents;
  private final Candidates candidates;
  private final Coverage coverage;
  private final MatchOffsets matches;
  /** Which names are the articles' topic: asked of the same few countries again and again. */
  private final Memo<String, Boolean> topical = new Memo<>(1024, this::topical);
  /** The passages of articles on the topic, counted for the question reader and the checks of what is asked alike. */
  private final TopicalCounts topicalCounts;
  /** The country the most passages name, read once a searcher (a new article brings a new searcher). */
  private final LoadOnce<Optional<String>> mostNamed = new LoadOnce<>("the country the most passages name", this::mostNamed);
  /** The articles on the bot's topic, as the index recorded them: what a request for news quotes. */
  private final LoadOnce<Set<Article>> onTopic;
  private static final Countries COUNTRIES = Countries.get();

  public PassageSearcher(PassageIndex index) {
    this(index, Candidates.PRUNED_FROM, Ranker.trained());
  }

  /** A searcher that fuses the two sides with the given ranker (the train command tries its own). */
  public PassageSearcher(PassageIndex index, Ranker ranker) {
    this(index, Candidates.PRUNED_FROM, ranker);
  }

  /** A searcher that prunes from {@code prunedFrom} passages on; for tests that compare both ways. */
  PassageSearcher(PassageIndex index, int prunedFrom) {
    this(index, prunedFrom, Ranker.trained());
  }

  private PassageSearcher(PassageIndex index, int prunedFrom, Ranker ranker) {
    this.documents = new Documents(index);
    this.index = index;
    IndexSearcher searcher = index.searcher();
    this.reader = searcher.getIndexReader();
    this.topicalCounts = new TopicalCounts(searcher);
    this.questions = new QuestionReader(searcher, topicalCounts);
    this.passageAnalyzer = index.analysis().passageAnalyzer();
    this.candidates = new Candidates(new TopicalSearcher(reader, topicalCounts), prunedFrom);
    this.coverage = new Coverage(ranker, documents, questions);
    this.matches = new MatchOffsets(passageAnalyzer);
    this.onTopic = new LoadOnce<>("the articles on the topic", this::topicalArticles);
  }

  /** Reads the question into concepts and kinds; no searching. */
  public Question read(String question) {
    return questions.read(question);
  }

  /**
   * A question as the embedding model reads it: ending in one question mark however it was typed
   * ("was jimmy cherizier arrested", "... arrested?!", a French question read into English words), so
   * that its punctuation does not move its vector. The mark alone moved the decision's probability
   * for the same words from 0.72 to 0.30, over its threshold.
   */
  static String asAsked(String meaning) {
    String words = TRAILING.matcher(meaning).replaceFirst("");
    return words.isEmpty() ? meaning : words + "?";
  }

  /**
   * Returns the passages for the question, best first; empty when it has no content words. Each side
   * proposes its best passages (BM25 on the question's words, vectors on its meaning); every passage
   * proposed gets both sides' signals, and the ranker fuses them into one score.
   */
  public List<Hit> search(Question question) {
    if (question.concepts().isEmpty()) {
      return List.of();
    }
    try {
      ScoreDoc[] lexical = candidates.lexical(question);
      float[] vector = index.embedder().query(asAsked(question.meaning()));
      ScoreDoc[] semantic = candidates.semantic(vector);
      int[] docs = Candidates.union(lexical, semantic);
      Holdings holdings = Holdings.of(reader, docs, question.concepts());
      List<Signals> signals = documents.signals(question, docs, lexical, semantic, vector);
      Signals best = Ranker.best(signals);
      int[] sameName = coverage.sameName(question);
      List<Hit> hits = new ArrayList<>(docs.length);
      for (int i = 0; i < docs.length; i++) {
        hits.add(coverage.hit(question, docs[i], holdings, signals.get(i), best, sameName));
      }
      hits.sort(Comparator.comparingDouble(Hit::score).reversed());
      promoteWanted(question, hits);
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How far down a passage holding what the question asks for may be put first. */
  static final int PROMOTED_FROM = 3;

  /**
   * Puts first the best of the first {@link #PROMOTED_FROM} hits that holds the kind of thing the
   * question asks for (a place for "where"), when the best one does not and that one covers as much
   * of the question: "where was Haiti's president murdered?" is answered by "the July 7 murder of
   * Haiti's president in his own bedroom", not by "the assassination of President Jovenel Moïse in
   * July 2021", which scores higher on its words. The ranker weighs what a passage holds too, but
   * little beside the words it shares (it was fitted on 433 questions); the decision then weighs the
   * passage put first. Over the 8,205 training questions this changed 9 answers, 5 of them right where
   * they were wrong and none wrong where they were right; on the calibration sets 3 and none.
   */
  static void promoteWanted(Question question, List<Hit> hits) {
    int close = question.wantsSomething() ? closeHolder(hits, hit -> hit.signals().holdsWanted()) : -1;
    if (close > 0) {
      hits.add(0, hits.remove(close));
    }
  }

  /**
   * Where, among the first {@link #PROMOTED_FROM} hits, the first after the best stands that holds
   * what is asked and covers as much of the question as the best, when the best does not hold it; -1
   * when the best holds it or none does.
   */
  public static int closeHolder(List<Hit> hits, Predicate<Hit> holds) {
    if (hits.size() < 2 || holds.test(hits.get(0))) {
      return -1;
    }
    Hit best = hits.get(0);
    for (int i = 1; i < Math.min(PROMOTED_FROM, hits.size()); i++) {
      Hit hit = hits.get(i);
      if (hit.coverage() >= best.coverage() - 1e-9 && holds.test(hit)) { // as much, summed in another order
        return i;
      }
    }
    return -1;
  }

  /** Every passage of the index, in article order. */
  public List<Passage> passages() {
    return index.passages();
  }

  /**
   * The first passage of each of the {@code n} newest articles on the bot's topic, newest first
   * (undated articles last); of every article when none is on it. What is new about the mission is
   * not an article on Kenya's budget or a Caribbean food summit that has joined its articles.
   */
  public List<Passage> openings(int n) {
    Set<Article> topicalArticles = onTopic.get();
    return index.passages().stream().filter(p -> p.ordinal() == 0)
        .filter(p -> topicalArticles.isEmpty() || topicalArticles.contains(p.article()))
        .sorted(Comparator.comparing((Passage p) -> p.article().published(),
            Comparator.nullsFirst(Comparator.<java.time.LocalDate>naturalOrder())).reversed())
        .limit(n).toList();
  }

  /** The articles of the passages {@link TopicalCounts} marks as on the bot's topic. */
  private Set<Article> topicalArticles() {
    FixedBitSet marked = topicalCounts.documents();
    Set<Article> articles = new HashSet<>();
    for (int doc = 0; doc < marked.length(); doc++) {
      if (marked.get(doc)) {
        articles.add(documents.passage(doc).article());
      }
    }
    return Set.copyOf(articles);
  }

  /** Whether the passages hold a word (lower case), its stem or as a name: what a glossary must not read as a typo. */
  public boolean holdsWord(String word) {
    return questions.knownAsWord(word);
  }

  /**
   * Whether a phrase is what the articles are about (Haiti), and so no answer to "which country": every
   * word of it is in so many passages, or it names the country that more passages name than any other.
   * The share alone does not last: articles on other subjects joining the five on the mission (ten on
   * neighbouring topics) take Haiti from 48% of the passages to 20%, and "who is Haiti's prime
   * minister?" was then answered by a 2022 article's Ariel Henry, as if asked of a country other than
   * the articles'.
   */
  public boolean isTopical(String phrase) {
    return topical.get(phrase);
  }

  private boolean topical(String phrase) {
    String country = COUNTRIES.canonical(phrase);
    return country != null && mostNamed.get().filter(country::equals).isPresent() || inShare(phrase);
  }

  private boolean inShare(String phrase) {
    for (String stem : Analysis.terms(passageAnalyzer, Fields.TEXT, phrase)) {
      if (docFreq(stem) < TOPICAL_SHARE * reader.numDocs()) {
        return false;
      }
    }
    return true;
  }

  /** The country whose name is in the most passages (its rarest word's count), or none when the articles name none. */
  private Optional<String> mostNamed() {
    String best = null;
    int most = 0;
    for (Countries.Country c : COUNTRIES.all()) {
      int named = Analysis.terms(passageAnalyzer, Fields.TEXT, c.name()).stream().mapToInt(this::docFreq).min().orElse(0);
      if (named > most) {
        most = named;
        best = c.key();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether passages hold the stem and none of them is of an article on the bot's topic (its share of
   * passages naming the topic under {@link #ON_TOPIC}): a word the mission's own articles never use,
   * though an article on another subject does.
   */
  public boolean heldOffTopicOnly(String stem) {
    return docFreq(stem) > 0 && topicalCounts.holding(stem) == 0;
  }

  private int docFreq(String stem) {
    try {
      return reader.docFreq(new Term(Fields.TEXT, stem));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Offsets in the hit's passage text of the words that match the question, synonyms included: each
   * word of a phrase a question word stands for ("prime" and "minister" for "pm").
   */
  public List<Integer> matchOffsets(Hit hit) {
    return matchOffsets(hit, hit.matched());
  }

  /** Offsets in the hit's passage text of the words that match these of the question's words, as {@link #matchOffsets(Hit)}. */
  public List<Integer> matchOffsets(Hit hit, Collection<Concept> words) {
    return matches.in(hit, words);
  }
}
