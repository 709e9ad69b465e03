package org.missionbot.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The folding of a French or Creole word to lower case without accents, how a glossary looks words up:
 * "ou", "où", "Kilè" and "kile" find theirs whether or not the accents were typed.
 */
final class Accents {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /**
   * A Latin letter or combining mark without its marks. Decomposing a text and dropping its marks is
   * the same as doing so letter by letter (canonical reordering only moves marks), so the letters of
   * the Latin blocks are folded once each, when first met, and a text of other letters whole.
   */
  private static final String[] FOLDED = new String[0x370];

  private Accents() {}

  /** Lower case without accents: how entries are looked up, so "ou", "où", "Kilè" and "kile" find theirs. */
  static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder out = null; // made at the first letter that changes: most words have none
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= FOLDED.length) {
        return decomposedWithoutMarks(lower);
      }
      if (c >= 0x80 && out == null) {
        out = new StringBuilder(lower.length()).append(lower, 0, i);
      }
      if (out != null) {
        out.append(c < 0x80 ? String.valueOf(c) : folded(c));
      }
    }
    return out == null ? lower : out.toString();
  }

  private static String folded(char c) {
    String folded = FOLDED[c];
    if (folded == null) {
      folded = decomposedWithoutMarks(String.valueOf(c));
      FOLDED[c] = folded; // a race writes the same string twice
    }
    return folded;
  }

  private static String decomposedWithoutMarks(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }
}
