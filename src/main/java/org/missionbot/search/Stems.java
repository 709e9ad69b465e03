package org.missionbot.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.missionbot.corpus.LoadOnce;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * The stems of a glossary's one-word entries, by which a French word it does not list in that form is
 * read ("attaquées" and "débarquaient" as "attaquer" and "débarquer").
 */
final class Stems {

  /** Words shorter than this are never looked up by their stem: too many short words share one. */
  private static final int STEMMED_FROM = 5;

  /**
   * One-word entries by their stem without accents, taken before and after the accents are folded,
   * the first listed winning; made when a word is first looked up by its stem (a French question),
   * not as the glossary loads: stemming tens of thousands of words is most of its load, and an
   * English question never needs it.
   */
  private final LoadOnce<Map<String, String>> stemmed;
  /**
   * Makes the language's stemmer (one per lookup: a Snowball stemmer is not thread-safe, and cheap to
   * make).
   */
  private final Supplier<UnaryOperator<String>> stemmers;

  /** The stems of one-word entries, in the file's order, by the stemmer {@code stemmers} makes; {@code resource} names them. */
  Stems(String resource, List<Map.Entry<String, String>> stemmable, Supplier<UnaryOperator<String>> stemmers) {
    this.stemmers = stemmers;
    this.stemmed = new LoadOnce<>("the stems of " + resource, () -> byStem(stemmable, stemmers.get()));
  }

  /** A French Snowball stemmer ("attaquées", "attaquer": "attaqu"), for one thread. */
  static UnaryOperator<String> frenchStemmer() {
    FrenchStemmer stemmer = new FrenchStemmer();
    return word -> {
      stemmer.setCurrent(word);
      stemmer.stem();
      return stemmer.getCurrent();
    };
  }

  /** The English of a word by its stem; null when it is too short or not letters, or no listed word shares its stem. */
  String english(String typed) {
    if (!isStemmable(typed)) {
      return null;
    }
    Map<String, String> stems = stemmed.get();
    return stemKeys(typed, stemmers.get()).stream().map(stems::get).filter(Objects::nonNull).findFirst().orElse(null);
  }

  /** One-word entries, in the file's order, by their stem keys: the first listed wins a key. */
  private static Map<String, String> byStem(List<Map.Entry<String, String>> entries, UnaryOperator<String> stemmer) {
    Map<String, String> byStem = new HashMap<>();
    for (Map.Entry<String, String> entry : entries) {
      for (String key : stemKeys(entry.getKey(), stemmer)) {
        byStem.putIfAbsent(key, entry.getValue());
      }
    }
    return Map.copyOf(byStem);
  }

  /**
   * The keys a word's stem is looked up by: the stem without accents, and the stem of the word without
   * accents. The stemmer reads accents ("-èrent"), and people leave them out.
   */
  private static List<String> stemKeys(String word, UnaryOperator<String> stemmer) {
    return List.of(Accents.fold(stemmer.apply(word)), stemmer.apply(Accents.fold(word)));
  }

  /** A word of letters long enough to be looked up by its stem; names and numbers pass through as typed. */
  static boolean isStemmable(String word) {
    return word.length() >= STEMMED_FROM && GlossaryTokens.isLetters(word);
  }
}
