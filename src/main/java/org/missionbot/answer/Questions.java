package org.missionbot.answer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleans what a person typed into a question the engine can read. */
final class Questions {

  /** A question word, or a verb that opens a yes/no question. */
  private static final String OPENS = "(?:when|who|whom|whose|which|where|why|how|what|did|does|do|is|are|was|were|has|have"
      + "|will|can|could)\\b";
  /** Where a second question begins: after "and", "or", a comma or a semicolon, a word that opens one. */
  private static final Pattern SECOND_QUESTION = Pattern.compile("(?i)(?:\\s*[,;]\\s*(?:and\\s+|or\\s+|but\\s+)?|\\s+(?:and|or|but)\\s+)"
      + "(?=" + OPENS + ")");
  private static final Pattern FIRST_QUESTION = Pattern.compile("(?i)\\W*(?:\\w+\\s+){0,3}?" + OPENS);

  /**
   * A figure written short: "$123M", "80.5m", "C$2bn", "2.5k", "1,500k", "123 M$"; the currency sign
   * before or after, the multiplier right after the number or one space on. A comma is a decimal comma
   * before one or two digits ("80,5"), else it groups thousands ("1,500").
   */
  private static final Pattern SHORT_FIGURE = Pattern.compile("(?i)(?<![\\p{L}\\d.,])((?:us|ca?|usd|cad)?\\$\\s?)?"
      + "(\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:,\\d{1,2}(?![\\d,])|\\.\\d+)?)\\s?(k|m|mn|mln|bn|mil)\\b(\\s?\\$(?![\\p{L}\\d]))?");
  /** The multipliers read in an English question; French and Creole use "k", "mil" and "mn" otherwise (Creole "k" is "ki", "mil" a thousand). */
  private static final Set<String> ENGLISH_ONLY = Set.of("k", "mil", "mn");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+");

  private Questions() {}

  /**
   * The question with figures written short spelt as the articles write them: "$123M" as "$123
   * million", "C$2bn" as "C$2 billion", "2.5k" as "2,500"; a decimal comma ("80,5M$") as a point.
   * In a French or Creole question ({@code english} false) only a figure with a currency sign, in
   * millions or billions ("80,5 M$").
   */
  static String spellFigures(String question, boolean english) {
    return SHORT_FIGURE.matcher(question).replaceAll(m -> {
      String unit = m.group(3).toLowerCase(Locale.ROOT);
      boolean signed = m.group(1) != null || m.group(4) != null;
      if (!english && (!signed || ENGLISH_ONLY.contains(unit))) {
        return Matcher.quoteReplacement(m.group());
      }
      String prefix = m.group(1) != null ? m.group(1).strip() : signed ? "$" : "";
      String typed = m.group(2);
      boolean grouped = GROUPED.matcher(typed).matches();
      String number = grouped ? typed.replace(",", "") : typed.replace(',', '.');
      if (unit.equals("k")) {
        BigDecimal thousands = new BigDecimal(number).movePointRight(3).stripTrailingZeros();
        String whole = thousands.scale() <= 0
            ? String.format(Locale.ROOT, "%,d", thousands.toBigIntegerExact()) : thousands.toPlainString();
        return Matcher.quoteReplacement(prefix + whole);
      }
      String word = unit.equals("bn") ? "billion" : "million";
      return Matcher.quoteReplacement(prefix + (grouped ? typed : number) + " " + word);
    });
  }

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

  /**
   * A denial in a sentence: "not" (but not "not only"), "n't", "no" (and so "no longer"), "never",
   * "neither", "nor", "none", "cannot", "has yet to", "failed to", "refused to".
   */
  private static final Pattern DENIAL = Pattern.compile("(?i)\\b(?:not(?!\\s+only\\b)|no|never|neither|nor|none|nobody"
      + "|nothing|cannot)\\b|n['\u2019]t\\b|\\b(?:has|have|had) yet to\\b|\\b(?:failed|fails|refused|refuses) to\\b");

  /** Where a sentence denies something, as start and end: what a yes/no question is most often settled by. */
  static List<int[]> denials(String sentence) {
    return DENIAL.matcher(sentence).results().map(r -> new int[] {r.start(), r.end()}).toList();
  }

  /**
   * The questions a question asks, when it asks two or more joined by "and", "or", a comma or a
   * semicolon, each opening with a question word ("how many officers came first and where did they
   * land"); the question alone otherwise. A part shorter than three words is no question of its own.
   */
  static List<String> parts(String question) {
    String[] split = SECOND_QUESTION.split(question);
    List<String> parts = new ArrayList<>();
    for (String part : split) {
      String p = part.strip().replaceAll("[?!.,;:\\s]+$", "");
      if (p.split("\\s+").length < 3) {
        return List.of(question);
      }
      parts.add(p);
    }
    return parts.size() > 1 && FIRST_QUESTION.matcher(parts.get(0)).lookingAt() ? List.copyOf(parts) : List.of(question);
  }

  /** Lower case without accents, as the index spells words. */
  static String fold(String text) {
    return org.missionbot.index.Analysis.fold(text);
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
