package org.missionbot.search;

import java.util.List;
import java.util.Map;
import org.missionbot.corpus.LoadOnce;

/**
 * A glossary's one-word entries looked through for a word one typo from them ("maintenent" for
 * "maintenant", "pwomt" for "pwomèt"), which then reads as they do when they all mean one thing.
 */
public final class Typos {

  /** Words shorter than this are never read as a typo of a listed word: too many short words are one edit apart. */
  private static final int TYPO_FROM = 5;
  private static final String VOWELS = "aeiouy";

  /** One-word entries by their source without accents, as the glossary lists them. */
  private final Map<String, String> folded;
  /**
   * One-word entries of letters without accents, by their length: where a word one typo from them is
   * looked for. Made when first needed, as the stems are.
   */
  private final LoadOnce<Map<Integer, List<String>>> byLength;

  /** The typos of a glossary's one-word entries, given by their source without accents. */
  Typos(Map<String, String> folded) {
    this.folded = folded;
    this.byLength = new LoadOnce<>("the glossary's words by length", () -> folded.keySet().stream()
        .filter(w -> w.length() >= TYPO_FROM - 1 && w.chars().allMatch(Character::isLetter))
        .collect(java.util.stream.Collectors.groupingBy(String::length)));
  }

  /**
   * The English of the listed words one typo from a word (without accents) that no entry, stem,
   * English word or word of the articles accounts for, when they all mean one thing other than a word dropped (words of one English stem, "ordered" and
   * "order", are one); null otherwise (a name, a word too short to tell, or a typo of two words).
   */
  String nearest(String word, java.util.function.Predicate<String> heldByArticles) {
    if (word.length() < TYPO_FROM || !word.chars().allMatch(Character::isLetter)
        || Lexicon.english().isWord(word) || Lexicon.english().isName(word) || heldByArticles.test(word)) {
      return null; // the articles' index is asked last: it is the one guard that reads from disk
    }
    Map<Integer, List<String>> lengths = byLength.get();
    String english = null;
    for (int length = word.length() - 1; length <= word.length() + 1; length++) {
      for (String listed : lengths.getOrDefault(length, List.of())) {
        String meaning = folded.get(listed);
        if (!meaning.equals(GlossaryFile.DROP) && isTypoOf(word, listed)) {
          if (english == null) {
            english = meaning;
          } else if (!stems(english).equals(stems(meaning))) {
            return null;
          }
        }
      }
    }
    return english;
  }

  /**
   * Whether a word is a typo of a listed one: a letter added or dropped, two neighbours swapped, or
   * one vowel for another ("maintenent"). A consonant for another too often makes another real word
   * the glossary lacks ("bonne" is not "donne", "métier" not "méfier").
   */
  public static boolean isTypoOf(String word, String listed) {
    if (!Lexicon.oneEditApart(word, listed)) {
      return false;
    }
    if (word.length() != listed.length()) {
      return true;
    }
    int i = 0;
    while (word.charAt(i) == listed.charAt(i)) {
      i++;
    }
    boolean swapped = i + 1 < word.length() && word.charAt(i) == listed.charAt(i + 1) && word.charAt(i + 1) == listed.charAt(i);
    return swapped || VOWELS.indexOf(word.charAt(i)) >= 0 && VOWELS.indexOf(listed.charAt(i)) >= 0;
  }

  /** An English phrase as its stems: how two meanings are told alike. */
  private static List<String> stems(String english) {
    return List.of(english.split(" ")).stream().map(org.missionbot.index.Analysis::stem).toList();
  }
}
