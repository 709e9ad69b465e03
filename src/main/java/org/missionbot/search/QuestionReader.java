package org.missionbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.search.IndexSearcher;
import org.missionbot.corpus.Countries;
import org.missionbot.corpus.Memo;
import org.missionbot.index.Analysis;
import org.missionbot.index.Fields;

/**
 * Reads a question into its concepts: the words that carry its meaning, each stemmed, weighed by
 * how rare it is in the passages, and corrected when it is misspelt ("canda" becomes "canada"). The
 * question's text is only ever analysed, never parsed as query syntax.
 */
final class QuestionReader {

  /** Words that shape a question but say nothing about its subject. */
  private static final Set<String> QUESTION_WORDS = Set.copyOf(List.of(
      "what", "whats", "which", "who", "whom", "whose", "when", "where", "why", "how", "much", "many", "do", "does",
      "did", "done", "doing", "has", "have", "had", "having", "am", "been", "being", "can", "could", "would",
      "should", "shall", "may", "might", "must", "me", "my", "i", "you", "your", "we", "our", "us", "tell", "about",
      "please", "know", "any", "some", "its", "it's", "s", "so", "far", "amount", "number", "figure", "sum", "total",
      "size", "date", "year", "time", "day", "month", "reason", "name", "exactly", "currently", "now", "today", "get",
      "got", "happen", "happened", "also", "other", "kind", "sort", "type", "kinds", "sorts", "types", "mid", "hey",
      "hi", "hello", "thanks", "thank", "bot", "just", "really", "very", "he", "she", "him", "her", "his", "them",
      "itself", "himself", "herself", "themselves", "those", "both", "each", "either", "neither", "nor", "while",
      "whilst", "although", "whereas", "unless", "whether", "all", "explain", "describe", "isn't", "aren't", "wasn't",
      "weren't", "doesn't", "don't", "didn't", "hasn't", "haven't", "hadn't", "won't", "can't", "couldn't",
      "wouldn't", "shouldn't", "what's", "who's", "where's", "how's", "i'm", "i've", "i'd", "i'll", "you're",
      "you've", "you'd", "you'll", "we're", "we've", "we'd", "we'll", "they're", "they've", "let's", "fraction",
      "percentage", "proportion", "portion", "according", "were", "else", "besides", "than", "from", "up", "apart",
      "aside", "except", "excluding", "per", "actually", "basically", "roughly", "anyway", "anyways", "though",
      "honestly", "literally", "seriously", "out", "there's", "latest",
      "recent", "recently", "lately", "nowadays", "currently", "news", "info", "information", "details", "report",
      "reports", "reported", "article", "articles", "story", "stories", "dollars", "dollar", "money", "cash"));

  /**
   * A contraction: a negated auxiliary ("mustn't", "needn't"), or a word and a contracted "will",
   * "are", "have", "would", "am" or "is" ("they'll", "that's"), which is a stop word when its first word is.
   */
  private static final Pattern CONTRACTED = Pattern.compile("\\p{L}+n't|(\\p{L}+)'(?:ll|re|ve|d|m|s)");

  /**
   * What a word no passage holds weighs, as a share of what one held by a single passage does: a
   * fairly rare word, not the rarest (3.0 of 4.31 in the five articles' 111 passages). A share, not a
   * fixed weight: every other word's weight grows with the number of passages, and a fixed one made
   * such a word count for less against them as articles were added.
   */
  static final double UNKNOWN_SHARE = 0.7;
  /** The most a common English word weighs ("put", "problems"), however rare in the articles. */
  static final double LIGHT_WEIGHT = 1.0;

  private static final Pattern POSSESSIVE = Pattern.compile("'s$");
  /** The words that tell a question's kind, which a typo must not hide. */
  private static final List<String> CUES = List.of("how", "much", "many", "what", "when", "where", "who", "whom",
      "whose", "why", "which", "percentage", "percent", "amount", "number", "share", "time", "long", "date", "year",
      "years");

  /**
   * A day named after something ("Canada Day", "Flag Day", "kenya day"): group 1 the word that names it,
   * group 2 a capitalised "Day". It is a name the question asks about, not a date it asks for.
   */
  private static final Pattern NAMED_DAY = Pattern.compile("\\b(\\p{L}+) (?:(Day)|day)\\b(?!(?i) (?:to|after|before|by|of)\\b)");
  /** A word typed with a capital after the question's first: in Title Case, a capital names nothing. */
  private static final Pattern CAPITALISED = Pattern.compile("(?<=\\S\\s{1,9})\\p{Lu}\\p{L}*");

  /** A year, which an article dates itself with whether or not its text writes it: not a name its article lacks. */
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  /** Month and day names: capitalised, but dates, not subjects. */
  private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec");

  /** The passages of articles on the bot's topic, whose words a question's words weigh against. */
  private final TopicalCounts topical;
  private final Lexicon lexicon = Lexicon.english();
  private final Speller speller;
  private final Analyzer words = Analysis.wordAnalyzer();
  /** Concepts of recently asked words: the same words come back in question after question. */
  private final Memo<Token, Concept> concepts = new Memo<>(8192, this::concept);
  /** Per word: the question word it misspells, or "". */
  private final Memo<String, String> cueTypos = new Memo<>(8192, this::findCueTypo);
  /** Per short word: whether it is stray keys rather than a word. */
  private final Memo<String, Boolean> noise = new Memo<>(4096, this::findNoise);

  QuestionReader(IndexSearcher searcher) {
    this(searcher, new TopicalCounts(searcher));
  }

  QuestionReader(IndexSearcher searcher, TopicalCounts topical) {
    this.topical = topical;
    this.speller = new Speller(searcher, lexicon);
  }

  Question read(String typed) {
    String text = respelt(typed);
    Map<String, Concept> read = new LinkedHashMap<>();
    StringBuilder kindText = new StringBuilder(text);
    StringBuilder meaning = new StringBuilder(text);
    String subject = QuestionSubject.blanked(text);
    List<Placed> placed = tokens(subject);
    Map<Placed, Concept> inContext = realWordTypos(placed);
    for (int i = placed.size() - 1; i >= 0; i--) {
      Placed p = placed.get(i);
      String cue = cueTypo(p.token.word);
      if (cue != null) {
        kindText.replace(p.start, p.end, cue); // "hw much" reads as "how much"
        meaning.replace(p.start, p.end, cue);
      } else if (!isStopWord(p.token.word) && !isNoise(p) && concept(p, inContext).corrected()) {
        meaning.replace(p.start, p.end, concept(p, inContext).word()); // "canda" reads as "canada"
      }
    }
    for (Placed p : placed) {
      Token token = p.token;
      if (!isStopWord(token.word) && cueTypo(token.word) == null && !isNoise(p)) {
        Concept concept = concept(p, inContext);
        if (!(concept.corrected() && isStopWord(concept.word()))) { // "thier" is "their": nothing to look for
          read.putIfAbsent(concept.stem(), concept);
        }
      }
    }
    namedDays(subject, read);
    return new Question(typed, KindReader.of(kindText.toString()), List.copyOf(read.values()), meaning.toString());
  }

  /**
   * Adds each day the question names that no passage names ("when is Canada Day"): a name the articles
   * lack, where "day" alone, a question word, would leave only "canada" to find.
   */
  private void namedDays(String subject, Map<String, Concept> read) {
    Matcher day = NAMED_DAY.matcher(subject);
    while (day.find()) {
      String word = day.group(1).toLowerCase(Locale.ROOT);
      boolean named = day.group(2) != null
          ? Character.isUpperCase(day.group(1).charAt(0)) && !isStopWord(word) && !CALENDAR.contains(word) && !titleCase(subject)
          : Countries.get().isCountry(word);
      if (named && !speller.sideBySide(Analysis.fold(word), "day")) {
        String phrase = word + " day";
        read.putIfAbsent(phrase, new Concept(phrase, phrase, phrase, idf(0), false, false, true, false));
      }
    }
  }

  /**
   * Whether the text is typed in Title Case ("When Did The Kenyans Land On The First Day"): a stop word
   * after its first word has a capital, which in a sentence only names do.
   */
  private static boolean titleCase(String text) {
    return CAPITALISED.matcher(text).results().anyMatch(m -> Analysis.isStopWord(m.group().toLowerCase(Locale.ROOT)));
  }

  /**
   * The question respelt where a word is plainly mistyped: words typed run together written apart
   * ("primeminister" as "prime minister": a word neither the dictionary nor the passages hold that is two
   * words, each in the dictionary or the passages, that the passages hold side by side), and an ordinary
   * word the passages lack typed one letter off ("monney" as "money": see {@link #findDictionaryTypo}).
   */
  private String respelt(String text) {
    StringBuilder respelt = new StringBuilder(text);
    List<Placed> placed = tokens(text);
    for (int i = placed.size() - 1; i >= 0; i--) {
      Placed p = placed.get(i);
      String word = speller.runTogether(p.token.word);
      if (word.isEmpty() && !p.token.capitalised) {
        word = speller.dictionaryTypo(p.token.word);
      }
      if (!word.isEmpty() && p.end - p.start == p.token.word.length()) {
        respelt.replace(p.start, p.end, word);
      }
    }
    return respelt.toString();
  }

  /** The concept of a placed word: its correction in context when it has one, else the word's own. */
  private Concept concept(Placed p, Map<Placed, Concept> inContext) {
    Concept corrected = inContext.get(p);
    return corrected != null ? corrected : concepts.get(p.token);
  }

  /**
   * The corrections of real-word typos, read in context: a dictionary word no passage holds ("prime
   * minster") that is one edit from a word the passages hold right beside the same neighbour ("prime
   * minister"). Out of context "minster" is a word and is left alone.
   */
  private Map<Placed, Concept> realWordTypos(List<Placed> placed) {
    Map<Placed, Concept> out = new HashMap<>();
    for (int i = 0; i < placed.size(); i++) {
      Placed p = placed.get(i);
      String word = p.token.word;
      if (word.length() < 4 || isStopWord(word)) {
        continue;
      }
      // a stop word beside it says too little: "had to flee" is no "to free"
      String before = i > 0 && !isStopWord(placed.get(i - 1).token.word) ? placed.get(i - 1).token.word : null;
      String after = i + 1 < placed.size() && !isStopWord(placed.get(i + 1).token.word) ? placed.get(i + 1).token.word : null;
      for (String candidate : speller.nearWords(word)) {
        if (before != null && speller.sideBySide(before, candidate) || after != null && speller.sideBySide(candidate, after)) {
          Concept c = concepts.get(new Token(candidate, p.token.capitalised, false));
          out.put(p, new Concept(c.word(), c.stem(), c.prefix(), c.weight(), c.known(), true, c.name(), c.prefixFindsMore()));
          break;
        }
      }
    }
    return out;
  }

  /** Whether some passage holds the two words side by side ("melanie joly"), remembered for the next question. */
  boolean sideBySide(String first, String second) {
    return speller.sideBySide(first, second);
  }

  /** Whether passages hold the word or its stem, not only its first letters. */
  boolean knownAsWord(String word) {
    return speller.knownAsWord(word);
  }

  /** The question word a misspelt token stands for ("hw" how, "mcuh" much), or null. */
  private String cueTypo(String word) {
    String cue = cueTypos.get(word);
    return cue.isEmpty() ? null : cue;
  }

  private String findCueTypo(String word) {
    if (word.length() < 2 || word.length() > 11 || isStopWord(word) || lexicon.isWord(word) || speller.known(word)) {
      return "";
    }
    if (word.endsWith("s") && CUES.contains(word.substring(0, word.length() - 1))) {
      return word.substring(0, word.length() - 1) + "'s"; // "whos" is "who's" typed without its apostrophe, not "whose"
    }
    // a word cut short ("wher", "whic") is the commonest slip of fast typing: it reads as the word it
    // begins before one it is an edit of in any other way ("wher" is "where", though one letter from "when")
    String edited = "";
    for (String cue : CUES) {
      if (Lexicon.oneEditApart(word, cue)) {
        if (cue.startsWith(word)) {
          return cue;
        }
        edited = edited.isEmpty() ? cue : edited;
      }
    }
    return edited;
  }

  /**
   * A short token that is no word at all and nothing the articles hold ("hw", "xq"): stray keys, not a
   * subject. One typed in capitals ("GDP", "WFP") is an acronym, written on purpose: a subject.
   */
  private boolean isNoise(Placed p) {
    return !p.acronym && p.token.word.length() <= 3 && noise.get(p.token.word);
  }

  private boolean findNoise(String word) {
    return word.length() <= 3 && !lexicon.isWord(word) && !lexicon.isName(word) && !speller.known(word)
        && !word.chars().allMatch(Character::isDigit);
  }

  private Concept concept(Token token) {
    String word = token.word;
    boolean corrected = false;
    boolean name = !CALENDAR.contains(word)
        && (token.capitalised ? lexicon.isName(word) || !lexicon.isWord(word) : lexicon.isName(word) && !lexicon.isWord(word));
    // a word no dictionary has that passages hold only by its first letters ("armord", "blinkin") is a
    // typo too: the prefix finds it, but the vector side reads the question as corrected
    if (!lexicon.isWord(word)) {
      boolean held = speller.knownAsWord(word);
      String correction = held ? null : correction(word, name);
      if (correction != null) {
        word = correction;
        corrected = true;
      } else if (!lexicon.isNearWord(word) && !(held && !token.grouped && YEAR.matcher(word).matches())) {
        // a proper name, or a word no dictionary has, whether or not some article holds it: "monusco", "9,800"
        // in the five articles or beside one on the Congo that has them, a name the mission's articles lack
        name = true;
      }
    }
    String stem = Analysis.stem(word);
    int docFreq = speller.docFreq(Fields.TEXT, stem);
    int prefixFreq = speller.docFreq(Fields.PREFIX, Analysis.prefix(word));
    boolean known = docFreq > 0 || prefixFreq > 0 || speller.docFreq(Fields.ABOUT, stem) > 0;
    int topicalFreq = docFreq == 0 ? 0 : Math.max(1, topical.holding(stem));
    double weight = lexicon.isLightStem(stem) ? Math.min(LIGHT_WEIGHT, idf(topicalFreq)) : idf(topicalFreq);
    return new Concept(word, stem, Analysis.prefix(word), weight, known, corrected, name, prefixFreq > docFreq);
  }

  /** The word a token no dictionary and no passage holds was meant as, or null. */
  private String correction(String word, boolean name) {
    String correction = name ? speller.correctName(word) : speller.correct(word);
    return correction != null || name ? correction : speller.soundsLike(word); // a name typed in lower case as heard ("trudo")
  }

  /**
   * BM25's idf; a word no passage holds weighs as a fairly rare one, not the rarest: it may be a
   * paraphrase ("touched down") as much as a subject the articles lack.
   */
  private double idf(int docFreq) {
    int docs = topical.passages();
    return docFreq == 0 ? UNKNOWN_SHARE * idf(1) : Math.log(1 + (docs - docFreq + 0.5) / (docFreq + 0.5));
  }

  private static boolean isStopWord(String word) {
    Matcher contracted = CONTRACTED.matcher(word);
    if (contracted.matches()) {
      return contracted.group(1) == null || isStopWord(contracted.group(1)); // "they'll", "that's", "mustn't"
    }
    return Analysis.isStopWord(word) || QUESTION_WORDS.contains(word)
        || (word.length() == 1 && !Character.isDigit(word.charAt(0)));
  }

  private List<Placed> tokens(String text) {
    List<Placed> tokens = new ArrayList<>();
    try (TokenStream stream = words.tokenStream(Fields.WORDS, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String word = POSSESSIVE.matcher(term.toString().replace('\u2019', '\'')).replaceAll("");
        if (word.equals("us") && Countries.usIsTheCountry(tokens.isEmpty() ? null : tokens.get(tokens.size() - 1).token.word)) {
          word = "usa"; // "the us", "did us troops", "us pledge amount": the country, not the pronoun
        }
        boolean capitalised = offset.startOffset() > 0 && Character.isUpperCase(text.charAt(offset.startOffset()));
        String typed = text.substring(offset.startOffset(), offset.endOffset());
        boolean acronym = typed.length() > 1 && typed.chars().noneMatch(Character::isLowerCase)
            && typed.chars().anyMatch(Character::isLetter);
        boolean grouped = typed.indexOf(',') >= 0; // "2,000": a number, never the year 2000
        tokens.add(new Placed(new Token(word, capitalised, grouped), offset.startOffset(), offset.endOffset(), acronym));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /** A word as the analyzer gives it, whether it was typed with a capital, and whether with a thousands separator. */
  private record Token(String word, boolean capitalised, boolean grouped) {}

  /** A token, where it stands in the question, and whether it was typed in capitals. */
  private record Placed(Token token, int start, int end, boolean acronym) {}
}
