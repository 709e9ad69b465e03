package org.missionbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import org.missionbot.corpus.Memo;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
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

  /** How many passages each side (BM25, vectors) proposes for each question. */
  private static final int CANDIDATES = 16;
  private static final float PREFIX_BOOST = 0.4f;
  private static final float CONTEXT_BOOST = 0.5f;
  private static final double PREFIX_CREDIT = 0.8;
  private static final double CONTEXT_CREDIT = 0.7;
  private static final double ABOUT_CREDIT = 0.3;
  /** A hit whose previous sentence holds this share of what it covers is quoted with that sentence. */
  private static final double LEANS_ON_PREVIOUS = 0.25;
  /** A word in this share of passages is the articles' topic. */
  private static final double TOPICAL_SHARE = 0.4;
  /**
   * From this many passages on, candidates are searched as one pruned query per combination of kinds;
   * below, one query that scores every match is quicker (2.8x bare Lucene at the median on the five
   * articles, against 4.5x), and ranks the same.
   */
  static final int PRUNED_FROM = 10_000;

  /** Best score first, then the lower document first, as Lucene's top-docs collector ranks ties. */
  private static final Comparator<ScoreDoc> BEST_FIRST =
      Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc);

  private final PassageIndex index;
  private final IndexSearcher searcher;
  private final IndexReader reader;
  private final QuestionReader questions;
  private final Analyzer passageAnalyzer;
  private final Ranker ranker;
  /** Whether candidates are found by pruned queries, which pay off on a large index only. */
  private final boolean pruned;
  /** Analysed tokens of recently quoted passages. */
  private final Memo<String, List<AnalyzedToken>> tokens = new Memo<>(4096, this::analyze);
  /** What each document of the index holds: its passage, vector, mentions, article. */
  private final Documents documents;
  /** Which names are the articles' topic: asked of the same few countries again and again. */
  private final Memo<String, Boolean> topical = new Memo<>(1024, this::topical);

  public PassageSearcher(PassageIndex index) {
    this(index, PRUNED_FROM, Ranker.trained());
  }

  /** A searcher that fuses the two sides with the given ranker (the train command tries its own). */
  public PassageSearcher(PassageIndex index, Ranker ranker) {
    this(index, PRUNED_FROM, ranker);
  }

  /** A searcher that prunes from {@code prunedFrom} passages on; for tests that compare both ways. */
  PassageSearcher(PassageIndex index, int prunedFrom) {
    this(index, prunedFrom, Ranker.trained());
  }

  private PassageSearcher(PassageIndex index, int prunedFrom, Ranker ranker) {
    this.ranker = ranker;
    this.documents = new Documents(index);
    this.index = index;
    this.searcher = index.searcher();
    this.reader = searcher.getIndexReader();
    this.questions = new QuestionReader(searcher);
    this.passageAnalyzer = index.analysis().passageAnalyzer();
    this.pruned = reader.maxDoc() >= prunedFrom;
  }

  /** Reads the question into concepts and kinds; no searching. */
  public Question read(String question) {
    return questions.read(question);
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
      ScoreDoc[] lexical = candidates(question);
      float[] vector = index.embedder().query(question.meaning());
      ScoreDoc[] semantic = searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, vector, CANDIDATES), CANDIDATES)
          .scoreDocs;
      int[] docs = union(lexical, semantic);
      Holdings holdings = Holdings.of(reader, docs, question.concepts());
      List<Signals> signals = documents.signals(question, docs, lexical, semantic, vector);
      Signals best = Ranker.best(signals);
      int[] sameName = sameName(question);
      List<Hit> hits = new ArrayList<>(docs.length);
      for (int i = 0; i < docs.length; i++) {
        hits.add(hit(question, docs[i], holdings, signals.get(i), best, sameName));
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

  /** The documents of both lists, each once, in the order the lists give them (a stream's distinct() boxes each). */
  private static int[] union(ScoreDoc[] first, ScoreDoc[] second) {
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

  /** Every passage of the index, in article order. */
  public List<Passage> passages() {
    return index.passages();
  }

  /** The first passage of each of the {@code n} newest articles, newest first (undated articles last). */
  public List<Passage> openings(int n) {
    return index.passages().stream().filter(p -> p.ordinal() == 0)
        .sorted(Comparator.comparing((Passage p) -> p.article().published(),
            Comparator.nullsFirst(Comparator.<java.time.LocalDate>naturalOrder())).reversed())
        .limit(n).toList();
  }

  /** Whether the passages hold a word (lower case), its stem or as a name: what a glossary must not read as a typo. */
  public boolean holdsWord(String word) {
    return questions.knownAsWord(word);
  }

  /**
   * Whether every word of a phrase is in so many passages that it is what the articles are about
   * (Haiti), and so no answer to "which country".
   */
  public boolean isTopical(String phrase) {
    return topical.get(phrase);
  }

  private boolean topical(String phrase) {
    try {
      for (String stem : Analysis.terms(passageAnalyzer, Fields.TEXT, phrase)) {
        if (reader.docFreq(new Term(Fields.TEXT, stem)) < TOPICAL_SHARE * reader.numDocs()) {
          return false;
        }
      }
      return true;
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
  public List<Integer> matchOffsets(Hit hit, java.util.Collection<Concept> words) {
    List<AnalyzedToken> text = tokens.get(hit.passage().text());
    Set<String> stems = new HashSet<>();
    Set<String> prefixes = new HashSet<>();
    for (Concept c : words) {
      stems.add(c.stem());
      if (c.word().length() > Analysis.PREFIX_LENGTH && text.stream().noneMatch(t -> t.term().equals(c.stem()))) {
        prefixes.add(c.prefix()); // matched by its first letters ("chairs" in "chairman"): there is the match too
      }
    }
    // the tokens come in the order they start, so the offsets do too: the words of a phrase follow its first
    List<Integer> offsets = new ArrayList<>();
    int last = -1;
    for (int i = 0; i < text.size(); i++) {
      AnalyzedToken token = text.get(i);
      if (stems.contains(token.term()) || prefixes.stream().anyMatch(token.term()::startsWith)) {
        for (int j = i; j < text.size() && text.get(j).start() < token.end(); j++) {
          if (text.get(j).start() > last) {
            last = text.get(j).start();
            offsets.add(last);
          }
        }
      }
    }
    return offsets;
  }

  /** The passage analyzer's terms of a text (synonyms included) with where each starts and ends. */
  private List<AnalyzedToken> analyze(String text) {
    List<AnalyzedToken> out = new ArrayList<>();
    try (TokenStream stream = passageAnalyzer.tokenStream(Fields.TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(new AnalyzedToken(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  private record AnalyzedToken(String term, int start, int end) {}

  /**
   * The best passages for the concepts, a passage holding what a kind wants scoring that kind's boost
   * times more. On a small index that is {@link #scoredThroughout}; but it scores every match (50 ms a
   * question at 10,000 articles), so on a large one each combination of kinds held is its own query (held
   * kinds as filters, the others excluded), which Lucene can prune, and their tops are merged. The most
   * boosted combination goes first, and what it found is the floor the next ones must reach.
   */
  private ScoreDoc[] candidates(Question question) throws IOException {
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

  /**
   * @param sameName for each concept, the one it forms a person's name with ({@link #sameName}), or -1
   */
  private Hit hit(Question question, int doc, Holdings holdings, Signals signals, Signals best, int[] sameName)
      throws IOException {
    double covered = 0;
    double fromPrevious = 0;
    List<Concept> matched = new ArrayList<>();
    List<Concept> concepts = question.concepts();
    boolean[] credited = new boolean[concepts.size()];
    for (int c = 0; c < concepts.size(); c++) {
      double weight = concepts.get(c).weight();
      boolean inText = holdings.holds(Holdings.In.TEXT, c, doc);
      credited[c] = true;
      if (inText || holdings.holds(Holdings.In.PREFIX, c, doc)) {
        matched.add(concepts.get(c));
        covered += (inText ? 1 : PREFIX_CREDIT) * weight;
      } else if (holdings.holds(Holdings.In.CONTEXT, c, doc)) {
        fromPrevious += CONTEXT_CREDIT * weight;
      } else if (holdings.holds(Holdings.In.ABOUT, c, doc)) {
        covered += ABOUT_CREDIT * weight;
      } else {
        credited[c] = false;
      }
    }
    for (int c = 0; c < concepts.size(); c++) {
      if (!credited[c] && sameName[c] >= 0 && matched.contains(concepts.get(sameName[c]))) {
        matched.add(concepts.get(c)); // "Melanie Joly" is named by "Joly said"
        covered += concepts.get(c).weight();
      }
    }
    double coverage = (covered + fromPrevious) / question.weight();
    boolean leans = fromPrevious >= LEANS_ON_PREVIOUS * (covered + fromPrevious) && passage(doc).previousInParagraph();
    double score = ranker.score(signals, coverage, leans, question.wantsSomething(), best);
    return new Hit(passage(doc), score, coverage, List.copyOf(matched), leans, signals);
  }

  /**
   * For each concept, the next or previous one it forms a person's name with, or -1: two names side by
   * side in the question that the articles also write side by side ("Melanie Joly"), so that a passage
   * naming the surname alone holds the whole name. Not "Ruto Davis", which no article writes.
   */
  private int[] sameName(Question question) {
    List<Concept> concepts = question.concepts();
    int[] partner = new int[concepts.size()];
    Arrays.fill(partner, -1);
    String text = Analysis.fold(question.text());
    for (int c = 0; c + 1 < concepts.size(); c++) {
      Concept first = concepts.get(c);
      Concept second = concepts.get(c + 1);
      if (first.name() && second.name() && first.known() && second.known()
          && text.contains(first.word() + " " + second.word()) && questions.sideBySide(first.word(), second.word())) {
        partner[c] = c + 1;
        partner[c + 1] = c;
      }
    }
    return partner;
  }

  private Passage passage(int doc) throws IOException {
    return documents.passage(doc);
  }

}
