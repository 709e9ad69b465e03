package org.missionbot.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A word list kept as the bytes of its resource, one ASCII word a line in byte order, looked up by
 * binary search. Reading it is a copy, not a set of tens of thousands of strings built and hashed at
 * every start (the English lexicon's 74,000 words took a quarter of a second of the first answer).
 * The lists' order and alphabet are checked by {@code SortedWordsTest}, not at every start.
 */
final class SortedWords {

  private final byte[] lines;

  SortedWords(byte[] lines) {
    this.lines = lines;
  }

  /** The list in a resource beside this class. */
  static SortedWords load(String resource) {
    try (InputStream in = SortedWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new SortedWords(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the word is a line of the list. */
  boolean contains(String word) {
    int lo = 0;
    int hi = lines.length; // the word, if listed, starts a line in [lo, hi); lo and hi start lines
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int start = mid;
      while (start > lo && lines[start - 1] != '\n') {
        start--;
      }
      int end = mid;
      while (end < lines.length && lines[end] != '\n') {
        end++;
      }
      int order = compare(word, start, end > start && lines[end - 1] == '\r' ? end - 1 : end); // a checkout's CRLF
      if (order == 0) {
        return true;
      }
      if (order < 0) {
        hi = start;
      } else {
        lo = end + 1;
      }
    }
    return false;
  }

  /** The word against the line {@code [start, end)}, as byte order compares them (a non-ASCII word is no line). */
  private int compare(String word, int start, int end) {
    int n = Math.min(word.length(), end - start);
    for (int i = 0; i < n; i++) {
      int c = word.charAt(i);
      int b = lines[start + i] & 0xff;
      if (c != b) {
        return c < b ? -1 : 1;
      }
    }
    return Integer.compare(word.length(), end - start);
  }
}
