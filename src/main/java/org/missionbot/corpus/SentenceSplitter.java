package org.missionbot.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a paragraph into sentences without touching its text: it returns offsets, so each sentence is
 * a verbatim span. Knows the abbreviations news copy uses ("U.S.", "Oct. 15", "Mr.") and the
 * quotation marks that can close a sentence.
 */
public final class SentenceSplitter {

  /** Abbreviations that come before a name: "Mr. Ruto", "Gen. Smith". */
  private static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "st", "mt", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "gov",
      "sen", "rep", "rev", "hon", "pres");
  /** Abbreviations that come before a number ("Oct. 15", "No. 5"); before a word they may end a sentence. */
  private static final Set<String> BEFORE_NUMBERS = Set.of(
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "fig", "art");
  private static final Set<String> SENTENCE_STARTERS = Set.of(
      "The", "A", "An", "It", "He", "She", "They", "We", "I", "This", "That", "These", "Those", "In",
      "But", "And", "Its", "Their", "His", "Her", "There", "On", "At", "As", "For", "After", "While");
  private static final String CLOSERS = "\"'\u201d\u2019)]";
  private static final String OPENERS = "\"'\u201c\u2018([\u2013\u2014-";

  private SentenceSplitter() {}

  /** Returns each sentence of {@code text[from, to)} as {start, end} offsets, trimmed of spaces. */
  public static List<int[]> split(String text, int from, int to) {
    List<int[]> sentences = new ArrayList<>();
    int start = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int end = i + 1;
      while (end < to && CLOSERS.indexOf(text.charAt(end)) >= 0) {
        end++;
      }
      if (isBoundary(text, i, end, to)) {
        add(sentences, text, start, end);
        start = end;
        i = end - 1;
      }
    }
    add(sentences, text, start, to);
    return sentences;
  }

  private static boolean isBoundary(String text, int mark, int end, int to) {
    if (end >= to) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(end))) {
      return false;
    }
    int next = end;
    while (next < to && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next >= to) {
      return true;
    }
    char first = text.charAt(next);
    if (!Character.isUpperCase(first) && !Character.isDigit(first) && OPENERS.indexOf(first) < 0) {
      return false;
    }
    return text.charAt(mark) != '.' || !isAbbreviation(text, mark, next, to);
  }

  private static boolean isAbbreviation(String text, int dot, int next, int to) {
    int wordStart = dot;
    while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
      wordStart--;
    }
    String word = text.substring(wordStart, dot).toLowerCase(java.util.Locale.ROOT);
    if (TITLES.contains(word) || (BEFORE_NUMBERS.contains(word) && Character.isDigit(text.charAt(next)))) {
      return true;
    }
    word = text.substring(wordStart, dot);
    boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
    boolean acronym = word.contains(".") && word.chars().allMatch(ch -> ch == '.' || Character.isUpperCase(ch));
    return (initial || acronym) && !SENTENCE_STARTERS.contains(nextWord(text, next, to));
  }

  private static String nextWord(String text, int from, int to) {
    int end = from;
    while (end < to && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(from, end);
  }

  private static void add(List<int[]> sentences, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      sentences.add(new int[] {start, end});
    }
  }
}
