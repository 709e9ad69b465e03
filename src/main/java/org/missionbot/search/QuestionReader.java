package org.missionbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.missionbot.corpus.Countries;
import org.missionbot.corpus.LoadOnce;
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

  static final double UNKNOWN_WEIGHT = 3.0;
  /** The most a common English word weighs ("put", "problems"), however rare in the articles. */
  static final double LIGHT_WEIGHT = 1.0;

  /** Phrases that only say what kind of answer is wanted ("the purpose of"): the kind, not the subject. */
  private static final Pattern KIND_PHRASES = Pattern.compile(
      "(?i)\\b(?:the|its|their) (?:main |real |stated )?(?:purpose|aim|goal|objective|point|reason|cause) (?:of|for|behind)\\b"
          + "|\\bhow (?:large|big|long|far|old|high|small)\\b|\\bstands? for\\b|\\bthe meaning of\\b"
          // "what does the acronym MSS mean", "MSS full name": the letters are what is asked about
          + "|\\b(?:acronym|abbreviation|initialism)s?\\b|\\bfull (?:name|form)\\b|\\bshort for\\b|\\b(?:mean|means|meaning)\\b"
          // "which country leads it?" asks for a country: the word says what kind, like "how much money"
          + "|\\b(?:which|what)(?: other)? (?:countr(?:y|ies)|nations?)\\b"
          // "in which city", "what month and year", "what day of the week": a place or a date, not a word to find
          + "|\\b(?:which|what) (?:" + QuestionKind.Cue.PLACE_NOUNS + "|" + QuestionKind.Cue.DATE_NOUNS + ")"
          + "(?: of the week| and year)?\\b"
          + "|\\bday of the week\\b|\\b(?:month|day) and year\\b");

  /**
   * The asker's own people ("my dad keeps saying", "my uncle in Montreal", "my Canadian friend"): who
   * the question comes from, never what it asks about the articles.
   */
  private static final Pattern ASKERS_PEOPLE = Pattern.compile("(?i)\\bmy (?:[\\p{L}-]+ )?(?:dad|father|mom|mum|mother|parents?"
      + "|uncle|aunt|cousin|friend|buddy|pal|brother|sister|wife|husband|spouse|partner|girlfriend|boyfriend|son|daughter|kids?"
      + "|grand(?:mother|father|ma|pa|parents?)|boss|co-?workers?|colleagues?|neighbou?rs?|teacher|prof|professor|roommate"
      + "|family|relatives?|in-laws?)s?\\b");
  /**
   * The news item and its verb of telling ("the figure the articles give", "what the AP piece
   * mentions", "how does the report describe"): they say where the answer is written, not what it is
   * about, and no passage holds them ("the most recent figure the articles give for Canada's funding").
   */
  private static final Pattern TOLD_BY_THE_NEWS = Pattern.compile("(?i)\\b(?:(?:the|this|that|these|those|its|their) )?"
      + "(?:(?:news|wire|\\d{4}) )?(?:" + QuestionKind.Cue.NEWS_ITEMS + "|sources?) (?:(?:" + QuestionKind.Cue.TELLING_ADVERBS
      + ") )?(?:" + QuestionKind.Cue.TELLING + "|gives?|gave|mentions?|mentioned|states?|stated|notes?|noted|cites?|cited"
      + "|describes?|described|lists?|listed|puts?|reports?|reported|claims?|claimed)\\b");
  /**
   * A word that, before "to", only tells how an action was planned ("what was the money supposed to
   * be spent on", "the headcount meant to go"): the verb after it is what the question is about.
   */
  private static final Pattern BEFORE_A_VERB = Pattern.compile("(?i)\\b(?:supposed|meant)(?= to\\b)");
  /** What a question says that is not what it asks about, blanked in this order before its words are read. */
  private static final List<Pattern> NOT_ASKED = List.of(ASKERS_PEOPLE, KIND_PHRASES, TOLD_BY_THE_NEWS, BEFORE_A_VERB);
  /** A place asked for with a nationality before it ("which Canadian city"): group 1 the nationality, 2 the noun. */
  private static final Pattern NATIONALS_PLACE = Pattern.compile("(?i)\\b(?:which|what) ([\\p{L}-]{1,30}) ("
      + QuestionKind.Cue.PLACE_NOUNS + ")\\b");
  private static final Pattern POSSESSIVE = Pattern.compile("'s$");
  /** How many letters a name heard alike may differ in length by ("trudo", "trudeau"). */
  private static final int SOUND_SLACK = 3;
  /** Double Metaphone codes of six letters: four, its default, make too many names sound alike. */
  private static final DoubleMetaphone PHONETIC = phonetic();

  /** The words that tell a question's kind, which a typo must not hide. */
  private static final List<String> CUES = List.of("how", "much", "many", "what", "when", "where", "who", "whom",
      "whose", "why", "which", "percentage", "percent", "amount", "number", "share", "time", "long", "date", "year",
      "years");

  /** Month and day names: capitalised, but dates, not subjects. */
  private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec");

  private final IndexReader reader;
  /** Counts the passages that hold a pair of words side by side: the passage searcher's own. */
  private final IndexSearcher searcher;
  private final Lexicon lexicon = Lexicon.english();
  private final Analyzer words = Analysis.wordAnalyzer();
  /** Concepts of recently asked words: the same words come back in question after question. */
  private final Memo<Token, Concept> concepts = new Memo<>(8192, this::concept);
  /** Per word: the question word it misspells, or "". */
  private final Memo<String, String> cueTypos = new Memo<>(8192, this::findCueTypo);
  /** Per short word: whether it is stray keys rather than a word. */
  private final Memo<String, Boolean> noise = new Memo<>(4096, this::findNoise);
  /** Per word: the passages' words one edit from it when it is a real word the passages lack ("minster"), else none. */
  private final Memo<String, List<String>> nearWords = new Memo<>(8192, this::findNearWords);
  /** Per pair of words: whether a passage holds them side by side. */
  private final Memo<String, Boolean> phrases = new Memo<>(8192, this::findPhrase);
  /** Per word: its two words when it is two run together ("primeminister"), else "". */
  private final Memo<String, String> runTogether = new Memo<>(8192, this::findRunTogether);
  /** Per word: the ordinary word it misspells by a letter, when the passages offer none, else "". */
  private final Memo<String, String> dictionaryTypos = new Memo<>(8192, this::findDictionaryTypo);
  /** The passages' names by their sound, read from the index when a name is first misspelt past one edit. */
  private final LoadOnce<Map<String, String>> namesBySound = new LoadOnce<>("the passages' names by sound", this::namesBySound);
  private final DirectSpellChecker oneEdit = spellChecker(1);
  private final DirectSpellChecker twoEdits = spellChecker(2);

  private static DoubleMetaphone phonetic() {
    DoubleMetaphone phonetic = new DoubleMetaphone();
    phonetic.setMaxCodeLen(6);
    return phonetic;
  }

  QuestionReader(IndexSearcher searcher) {
    this.reader = searcher.getIndexReader();
    this.searcher = searcher;
  }

  Question read(String typed) {
    String text = respelt(typed);
    Map<String, Concept> read = new LinkedHashMap<>();
    StringBuilder kindText = new StringBuilder(text);
    StringBuilder meaning = new StringBuilder(text);
    // phrases blanked to spaces of their own length, so every token's offsets hold in the question too
    String asked = text;
    for (Pattern notAsked : NOT_ASKED) {
      asked = blanked(asked, notAsked);
    }
    MatchResult kindNoun = QuestionKind.keywordKindNoun(text); // "unga 80 host city": a city is sought, not the word
    if (kindNoun != null) {
      asked = blanked(asked, kindNoun);
    }
    StringBuilder subject = new StringBuilder(asked);
    Matcher place = NATIONALS_PLACE.matcher(asked);
    while (place.find()) { // "which Canadian city" asks a place in Canada; "Mexico City" is a name
      if (Countries.get().isDemonym(place.group(1))) {
        subject.replace(place.start(2), place.end(2), " ".repeat(place.end(2) - place.start(2)));
      }
    }
    List<Placed> placed = tokens(subject.toString());
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
    return new Question(typed, QuestionKind.of(kindText.toString()), List.copyOf(read.values()), meaning.toString());
  }

  /** The text with what the pattern matches blanked to spaces of its own length. */
  private static String blanked(String text, Pattern pattern) {
    return pattern.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
  }

  private static String blanked(String text, MatchResult span) {
    return text.substring(0, span.start()) + " ".repeat(span.end() - span.start()) + text.substring(span.end());
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
      String word = runTogether.get(p.token.word);
      if (word.isEmpty() && !p.token.capitalised) {
        word = dictionaryTypos.get(p.token.word);
      }
      if (!word.isEmpty() && p.end - p.start == p.token.word.length()) {
        respelt.replace(p.start, p.end, word);
      }
    }
    return respelt.toString();
  }

  /**
   * The one ordinary word a word is a letter off from, when the passages neither hold the word nor offer
   * a correction of their own (their words and names come first, "misson" being "mission"), and it is
   * no name; else "". Read as the word it misspells, a word the articles lack ("monney") no longer
   * counts as a subject they miss, and a question's kind reads it ("how much money").
   */
  private String findDictionaryTypo(String word) {
    if (word.length() < 5 || !word.chars().allMatch(Character::isLetter) || lexicon.isWord(word) || lexicon.isName(word)
        || known(word)) {
      return "";
    }
    String only = lexicon.onlyNearWord(word); // the dictionary first: the passages' spell checker costs more
    return only == null || correct(word) != null || soundsLike(word) != null ? "" : only;
  }

  private boolean isWordOrKnown(String word) {
    return lexicon.isWord(word) || knownAsWord(word);
  }

  private String findRunTogether(String word) {
    if (word.length() < 7 || !word.chars().allMatch(Character::isLetter) || isWordOrKnown(word)) {
      return "";
    }
    for (int at = 3; at <= word.length() - 3; at++) {
      String first = word.substring(0, at);
      String second = word.substring(at);
      if (isWordOrKnown(first) && isWordOrKnown(second) && phrases.get(first + " " + second)) {
        return first + " " + second;
      }
    }
    return "";
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
    Map<Placed, Concept> out = new java.util.HashMap<>();
    for (int i = 0; i < placed.size(); i++) {
      Placed p = placed.get(i);
      String word = p.token.word;
      if (word.length() < 4 || isStopWord(word)) {
        continue;
      }
      // a stop word beside it says too little: "had to flee" is no "to free"
      String before = i > 0 && !isStopWord(placed.get(i - 1).token.word) ? placed.get(i - 1).token.word : null;
      String after = i + 1 < placed.size() && !isStopWord(placed.get(i + 1).token.word) ? placed.get(i + 1).token.word : null;
      for (String candidate : nearWords.get(word)) {
        if (before != null && phrases.get(before + " " + candidate) || after != null && phrases.get(candidate + " " + after)) {
          Concept c = concepts.get(new Token(candidate, p.token.capitalised));
          out.put(p, new Concept(c.word(), c.stem(), c.prefix(), c.weight(), c.known(), true, c.name(), c.prefixFindsMore()));
          break;
        }
      }
    }
    return out;
  }

  /** The passages' words one edit from a dictionary word that no passage holds; none for any other word. */
  private List<String> findNearWords(String word) {
    if (!lexicon.isWord(word) || known(word)) {
      return List.of();
    }
    try {
      return java.util.Arrays.stream(oneEdit.suggestSimilar(new Term(Fields.WORDS, word), 3, reader, SuggestMode.SUGGEST_ALWAYS))
          .map(w -> w.string).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether some passage holds the two words side by side ("melanie joly"), remembered for the next question. */
  boolean sideBySide(String first, String second) {
    return phrases.get(first + " " + second);
  }

  /** Whether some passage holds the two words of "first second" side by side. */
  private boolean findPhrase(String pair) {
    String[] words = pair.split(" ");
    try {
      return searcher.count(new PhraseQuery(Fields.WORDS, words[0], words[1])) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The question word a misspelt token stands for ("hw" how, "mcuh" much), or null. */
  private String cueTypo(String word) {
    String cue = cueTypos.get(word);
    return cue.isEmpty() ? null : cue;
  }

  private String findCueTypo(String word) {
    if (word.length() < 2 || word.length() > 11 || isStopWord(word) || lexicon.isWord(word) || known(word)) {
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
    return word.length() <= 3 && !lexicon.isWord(word) && !lexicon.isName(word) && !known(word)
        && !word.chars().allMatch(Character::isDigit);
  }

  private Concept concept(Token token) {
    String word = token.word;
    boolean corrected = false;
    boolean name = !CALENDAR.contains(word)
        && (token.capitalised ? lexicon.isName(word) || !lexicon.isWord(word) : lexicon.isName(word) && !lexicon.isWord(word));
    // a word no dictionary has that passages hold only by its first letters ("armord", "blinkin") is a
    // typo too: the prefix finds it, but the vector side reads the question as corrected
    if (!lexicon.isWord(word) && !knownAsWord(word)) {
      String correction = name ? correctName(word) : correct(word);
      if (correction == null && !name) {
        correction = soundsLike(word); // a name typed in lower case as it is heard ("trudo")
      }
      if (correction != null) {
        word = correction;
        corrected = true;
      } else if (!lexicon.isNearWord(word)) {
        name = true; // a proper name, or a word no dictionary has: a subject the articles lack
      }
    }
    String stem = Analysis.stem(word);
    int docFreq = docFreq(Fields.TEXT, stem);
    int prefixFreq = docFreq(Fields.PREFIX, Analysis.prefix(word));
    boolean known = docFreq > 0 || prefixFreq > 0 || docFreq(Fields.ABOUT, stem) > 0;
    double weight = lexicon.isLightStem(stem) ? Math.min(LIGHT_WEIGHT, idf(docFreq)) : idf(docFreq);
    return new Concept(word, stem, Analysis.prefix(word), weight, known, corrected, name, prefixFreq > docFreq);
  }

  /** Whether passages hold the word, its stem or its first letters (which also forgive a late typo). */
  private boolean known(String word) {
    return knownAsWord(word) || (word.length() > Analysis.PREFIX_LENGTH && docFreq(Fields.PREFIX, Analysis.prefix(word)) > 0);
  }

  /** Whether passages hold the word or its stem, not only its first letters. */
  boolean knownAsWord(String word) {
    String stem = Analysis.stem(word);
    return docFreq(Fields.WORDS, word) > 0 || docFreq(Fields.TEXT, stem) > 0 || docFreq(Fields.ABOUT, stem) > 0;
  }

  /**
   * The closest word of the passages, or null when the word is too short, a number or too far from
   * any. Two edits from the word, a name of the passages is as far as a name may be from another:
   * it is taken only when it also sounds like the word ("cheriser" for "Cherizier"), else the word is
   * likelier a name the articles lack ("minusma", another mission than MINUSTAH).
   */
  private String correct(String word) {
    if (word.length() < 4 || !word.chars().allMatch(Character::isLetter)) {
      return null;
    }
    try {
      // one edit first: most typos are one, and the two-edit automaton costs several times more
      SuggestWord[] suggestions = suggest(oneEdit, word);
      if (suggestions.length == 0 && word.length() >= 7) {
        suggestions = suggest(twoEdits, word);
        if (suggestions.length != 0 && isNameOnly(suggestions[0].string) && !soundAlike(word, suggestions[0].string)) {
          return null;
        }
      }
      return suggestions.length == 0 ? null : suggestions[0].string;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether either of one word's Double Metaphone codes is one of the other's ("cheriser", "cherizier"). */
  private static boolean soundAlike(String a, String b) {
    List<String> codes = List.of(PHONETIC.doubleMetaphone(b), PHONETIC.doubleMetaphone(b, true));
    return codes.contains(PHONETIC.doubleMetaphone(a)) || codes.contains(PHONETIC.doubleMetaphone(a, true));
  }

  /** Whether a word of the passages is a name and no ordinary word ("minustah", not "bush"). */
  private boolean isNameOnly(String word) {
    return lexicon.isName(word) || !lexicon.isWord(word);
  }

  /**
   * The name of the passages one edit from a name they lack ("dorthy" for "Dorothy"), or null: a name
   * the articles hold is likelier misspelt than meant as someone they never mention.
   */
  private String correctName(String word) {
    if (word.length() < 5 || !word.chars().allMatch(Character::isLetter)) {
      return null;
    }
    try {
      SuggestWord[] suggestions = suggest(oneEdit, word);
      if (suggestions.length == 0) {
        return soundsLike(word);
      }
      return lexicon.isWord(suggestions[0].string) && !lexicon.isName(suggestions[0].string) ? null : suggestions[0].string;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The one name of the passages that sounds like a word of five letters or more that no dictionary
   * has, not even as a name (Double Metaphone), begins with its letter and is at most {@link
   * #SOUND_SLACK} letters longer or shorter, or null: names are often written as heard ("trudo" for
   * "Trudeau", "cherizie" for "Chérizier"), more than one edit away.
   */
  private String soundsLike(String word) {
    if (word.length() < 5 || !word.chars().allMatch(Character::isLetter) || lexicon.isName(word)) {
      return null; // too short to sound like one name, or a name of its own ("Trudy")
    }
    String name = namesBySound.get().get(PHONETIC.doubleMetaphone(word));
    return name == null || name.isEmpty() || name.charAt(0) != word.charAt(0)
        || Math.abs(name.length() - word.length()) > SOUND_SLACK ? null : name;
  }

  /** The passages' names (words no dictionary has, or only as names) by their sound; "" for a sound several share. */
  private Map<String, String> namesBySound() {
    Map<String, String> bySound = new HashMap<>();
    try {
      Terms terms = MultiTerms.getTerms(reader, Fields.WORDS);
      TermsEnum each = terms == null ? TermsEnum.EMPTY : terms.iterator();
      for (BytesRef term = each.next(); term != null; term = each.next()) {
        String word = term.utf8ToString();
        if (word.length() >= 4 && word.chars().allMatch(Character::isLetter)
            && (lexicon.isName(word) || !lexicon.isWord(word))) {
          bySound.merge(PHONETIC.doubleMetaphone(word), word, (a, b) -> a.equals(b) ? a : "");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(bySound);
  }

  private SuggestWord[] suggest(DirectSpellChecker checker, String word) throws IOException {
    return checker.suggestSimilar(new Term(Fields.WORDS, word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
  }

  /**
   * BM25's idf; a word no passage holds weighs as a fairly rare one, not the rarest: it may be a
   * paraphrase ("touched down") as much as a subject the articles lack.
   */
  private double idf(int docFreq) {
    if (docFreq == 0) {
      return UNKNOWN_WEIGHT;
    }
    int docs = reader.numDocs();
    return Math.log(1 + (docs - docFreq + 0.5) / (docFreq + 0.5));
  }

  private int docFreq(String field, String term) {
    try {
      return reader.docFreq(new Term(field, term));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
        tokens.add(new Placed(new Token(word, capitalised), offset.startOffset(), offset.endOffset(), acronym));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  private static DirectSpellChecker spellChecker(int maxEdits) {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMaxEdits(maxEdits);
    checker.setMinPrefix(1);
    checker.setMinQueryLength(4);
    checker.setAccuracy(0.7f);
    return checker;
  }

  private record Token(String word, boolean capitalised) {}

  /** A token, where it stands in the question, and whether it was typed in capitals. */
  private record Placed(Token token, int start, int end, boolean acronym) {}
}
