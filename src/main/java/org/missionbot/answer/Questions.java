package org.missionbot.answer;

import java.text.Normalizer;
import java.util.Locale;

/** Cleans what a person typed into a question the engine can read. */
final class Questions {

  private Questions() {}

  /**
   * Replaces control, format and private-use characters, lone surrogates (binary junk, pasted
   * terminal codes) and emoji with spaces, folds runs of white space, and trims.
   */
  static String clean(String typed) {
    if (typed == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(typed.length(), 4 * AnswerEngine.MAX_QUESTION_LENGTH));
    typed.codePoints().forEach(cp -> out.appendCodePoint(isJunk(cp) ? ' ' : cp));
    String composed = Normalizer.isNormalized(out, Normalizer.Form.NFC) ? out.toString()
        : Normalizer.normalize(out, Normalizer.Form.NFC);
    return foldSpaces(composed);
  }

  /** Runs of white space (no-break spaces too) as one space, trimmed. */
  private static String foldSpaces(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Lower case without accents, as the index spells words. */
  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a code point is junk or decoration: control and format characters, and emoji, flags,
   * pictographs, their modifiers and joiners, which never change what a question means.
   */
  private static boolean isJunk(int cp) {
    int type = Character.getType(cp);
    return (Character.isISOControl(cp) && !Character.isWhitespace(cp)) || type == Character.SURROGATE
        || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || cp == 0xFFFD
        || type == Character.FORMAT || type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL
        || type == Character.ENCLOSING_MARK || (cp >= 0xFE00 && cp <= 0xFE0F);
  }
}
