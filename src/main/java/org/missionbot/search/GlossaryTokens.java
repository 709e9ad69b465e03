package org.missionbot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The tokens a glossary reads a French or Creole text as: words with their elisions split off ("l'",
 * "qu'"), and commas kept where they were typed.
 */
final class GlossaryTokens {

  private static final Pattern ELISION = Pattern.compile("(?i)\\b(qu|[ldjmnstc])['\u2019]");
  /**
   * A comma, kept where it was typed: it ends a clause the English reading needs to see ("Lè gang yo t
   * ap atake pò a, ki sa ..." is "when gangs attacked the port, what ..."), and no phrase spans it.
   */
  static final String CLAUSE_END = ",";
  /** An elided word with its apostrophe ("l'"), a word (with inner hyphens, dots, digits), one character, or a comma. */
  private static final Pattern TOKEN = Pattern.compile(
      "(?i)\\b(?:qu|[ldjmnstc])'(?= )|[\\p{L}\\p{N}][\\p{L}\\p{N}'\\-.,%$]*[\\p{L}\\p{N}%]|[\\p{L}\\p{N}$]|"
      + Pattern.quote(CLAUSE_END));
  /** The French "mi-" before a year ("à la mi-2024"), which no entry can list: read as "mi" and the year. */
  private static final Pattern MID_YEAR = Pattern.compile("(?i)\\b(mi)-(?=(?:19|20)\\d{2}\\b)");
  /** "sept." in a date ("sept. 2025", "le 22 sept"): September, where the word alone is the number seven. */
  private static final Pattern SEPT_IN_DATE = Pattern.compile(
      "(?i)\\bsept\\.?(?=\\s*(?:19|20)\\d{2}\\b)|(?<=\\b\\d{1,2}(?:er)?\\s)sept\\b\\.?");

  private GlossaryTokens() {}

  /** The tokens of a text, in order. */
  static List<String> of(String text) {
    String split = ELISION.matcher(text.replace('\u2019', '\'')).replaceAll("$1' ");
    split = MID_YEAR.matcher(split).replaceAll("$1 "); // "mi-2024": "mi" is a word of its own, the year a number
    split = SEPT_IN_DATE.matcher(split).replaceAll("septembre");
    List<String> tokens = new ArrayList<>();
    var m = TOKEN.matcher(split);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /** A phrase's first word as phrases are indexed by: folded, without its apostrophe ("d'" and "d" alike). */
  static String phraseKey(String token) {
    return Accents.fold(token).replace("'", "");
  }

  /** Whether a word is letters alone: a token of one word, the tokens of letters being the letters. */
  static boolean isLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
