package org.missionbot.search;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.missionbot.corpus.LoadOnce;

/**
 * Tells the language of a question: English, French or Haitian Creole (anything else is read as
 * English). A character n-gram detector (its en, fr and ht profiles) and the share of the question's
 * words each glossary or the English lexicon knows are added up; a question too short to tell (a name,
 * "Ruto?") keeps the hint (the conversation's language, the user's app language). Thread-safe.
 */
public final class LanguageReader {

  /** Below this many letters the n-grams say little, and the hint decides a tie. */
  private static final int SHORT = 12;
  /** Without a hint, how much more than English another language must score: English is the default. */
  private static final double OVER_ENGLISH = 0.2;
  /** How much a hint weighs against the evidence of the text itself. */
  private static final double HINT = 0.35;
  /**
   * How many letters the n-grams must read to weigh in full; on fewer their say shrinks in proportion
   * (on a short question they guess: "can you tell me a joke?" read as Creole). Fitted on the 2,942
   * labelled questions of the read evaluation sets: 9 misread at full weight always, 8 with 30, 5 with
   * 60 and with 100, 8 with 200.
   */
  static final int NGRAM_FULL_LETTERS = 60;

  /** A capitalised word after the question's first: a name, in all three languages. */
  private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("(?<=[\\p{L}\\p{N}][^\\p{L}\\p{N}]{1,3})\\p{Lu}[\\p{L}'’-]*");
  private static final LanguageReader SHARED = new LanguageReader();

  /** Made when a question first needs it: most questions have no French or Creole word, and skip the n-grams. */
  private final LoadOnce<LanguageDetector> detector = new LoadOnce<>("the language detector's profiles", LanguageReader::detector);
  private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingShortCleanText();
  private final Map<Language, Glossary> glossaries = new EnumMap<>(Language.class);
  private final Lexicon english = Lexicon.english();

  public LanguageReader() {
    glossaries.put(Language.FRENCH, Glossary.of(Language.FRENCH));
    glossaries.put(Language.CREOLE, Glossary.of(Language.CREOLE));
  }

  private static LanguageDetector detector() {
    try {
      List<LanguageProfile> profiles = new LanguageProfileReader().read(List.of("en", "fr", "ht"));
      return LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
    } catch (IOException e) {
      throw new UncheckedIOException("the language detector's profiles are inside its jar", e);
    }
  }

  /** The one reader of this process: its profiles and glossaries are read once. */
  public static LanguageReader shared() {
    return SHARED;
  }

  /** The glossary that reads a language into English; English has none. */
  public Glossary glossary(Language language) {
    return glossaries.get(language);
  }

  /** The question's language; {@code hint} (may be null) is what the conversation or the user's settings say. */
  public Language read(String question, Language hint) {
    Map<Language, Double> coverage = new EnumMap<>(Language.class);
    Map<Language, Double> score = new EnumMap<>(Language.class);
    String words = withoutNames(question);
    // names are spelt alike in every language ("Qui est Jimmy Chérizier ?" read as English by "Jimmy"):
    // the words around them tell the language, unless there are none
    String read = words.codePoints().anyMatch(Character::isLetter) ? words : question;
    for (Language l : Language.values()) {
      coverage.put(l, l == Language.ENGLISH ? englishCoverage(read) : glossaries.get(l).coverage(read));
      score.put(l, coverage.get(l) + (l == hint ? HINT : 0));
    }
    // a language other than English wins only with words of its own (or as the hint): when none has
    // any, the n-grams have nothing to decide, and most questions (English ones) are read without them
    boolean contested = coverage.entrySet().stream()
        .anyMatch(c -> c.getKey() != Language.ENGLISH && (c.getKey() == hint || c.getValue() > 0));
    long letters = words.codePoints().filter(Character::isLetter).count();
    if (contested && letters >= SHORT) {
      double say = Math.min(1, letters / (double) NGRAM_FULL_LETTERS);
      for (DetectedLanguage d : detector.get().getProbabilities(texts.forText(words))) {
        Language l = Language.ofCode(d.getLocale().getLanguage());
        if (l != null) {
          score.merge(l, say * d.getProbability(), Double::sum);
        }
      }
    }
    Language best = hint == null ? Language.ENGLISH : hint;
    if (hint == null) {
      // words of its own and none only English has ("minustah fin annee"): that language, however few the
      // words; between two such, the later must score clearly higher, as below
      Language own = null;
      for (Language l : Language.values()) {
        if (l != Language.ENGLISH && ownWordsOnly(l, read) && (own == null || score.get(l) > score.get(own) + OVER_ENGLISH)) {
          own = l;
        }
      }
      if (own != null) {
        return own;
      }
    }
    for (Language l : Language.values()) {
      // no word of its own (only names and words spelt as in English): not that language, whatever the n-grams say
      boolean ownWords = l == Language.ENGLISH || l == hint || coverage.get(l) > 0;
      double margin = l == Language.ENGLISH || hint != null ? 0 : OVER_ENGLISH;
      if (ownWords && score.get(l) > score.get(best) + margin + 1e-9) {
        best = l;
      }
    }
    return best;
  }

  /**
   * The question without its names (capitalised words after the first), for the n-grams: a name is
   * spelt the same in every language, and "Ariel Henry" made a Creole question read as English.
   */
  static String withoutNames(String question) {
    return NAME.matcher(question).replaceAll(" ");
  }

  /**
   * Whether the question holds a word the language's glossary knows as its own and the English lexicon
   * does not ("annee", "vendredi"), and no English word the glossary does not know: the words both
   * know ("fin", "mission") and the names neither knows ("minustah") tell nothing.
   */
  private boolean ownWordsOnly(Language language, String question) {
    boolean own = false;
    for (String word : words(question)) {
      boolean english = this.english.isWord(word);
      boolean theirs = glossaries.get(language).coverage(word) > 0;
      if (english && !theirs) {
        return false;
      }
      own |= theirs && !english;
    }
    return own;
  }

  /** The question's words, folded, of two letters or more. */
  private static List<String> words(String question) {
    return List.of(Accents.fold(question).split("[^\\p{L}]+")).stream().filter(w -> w.length() > 1).toList();
  }

  /** The share of the question's words that are English words or names. */
  private double englishCoverage(String question) {
    List<String> words = words(question);
    if (words.isEmpty()) {
      return 0;
    }
    return words.stream().filter(w -> english.isWord(w)).count() / (double) words.size();
  }
}
