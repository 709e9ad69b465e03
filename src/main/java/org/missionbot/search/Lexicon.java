package org.missionbot.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.missionbot.index.Analysis;

/**
 * General English vocabulary (from SCOWL), which tells apart three kinds of word the articles lack:
 * an ordinary word ("trucks", a paraphrase: fine), a proper name ("Germany": a subject the articles
 * do not cover) and neither ("canda": most likely a typo, worth correcting).
 */
final class Lexicon {

  private static final Lexicon ENGLISH =
      new Lexicon(SortedWords.load("english-words.txt"), SortedWords.load("english-names.txt"), load("light-words.txt"));

  private final SortedWords words;
  private final SortedWords names;
  /** The light words' stems, so that their inflections are light too ("happens", "kept", "gave"). */
  private final Set<String> lightStems;

  private Lexicon(SortedWords words, SortedWords names, Set<String> light) {
    this.words = words;
    this.names = names;
    this.lightStems = light.stream().map(Analysis::stem).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Whether a word, by its stem ({@link Analysis#stem}), is in any of its forms so common in English
   * that it says little of a question's subject ("happens", "kept", "gave").
   */
  boolean isLightStem(String stem) {
    return lightStems.contains(stem);
  }

  static Lexicon english() {
    return ENGLISH;
  }

  /** Whether the lower-case word is an ordinary English word. */
  boolean isWord(String word) {
    return words.contains(word);
  }

  /** Whether the word is one edit (a letter added, dropped, changed or two swapped) from an ordinary word. */
  boolean isNearWord(String word) {
    return !nearWords(word, 1).isEmpty();
  }

  /**
   * The one ordinary word one edit from the word, or null when there is none or more than one
   * ("blinkn": "blink" and "blinks"), which would be a guess. Of several, a letter typed twice or once
   * too often is the likeliest slip of all and settles it ("monney": "money", not "monkey").
   */
  String onlyNearWord(String word) {
    List<String> near = nearWords(word, Integer.MAX_VALUE);
    if (near.size() > 1) {
      near.removeIf(candidate -> !doublingApart(word, candidate));
    }
    return near.size() == 1 ? near.get(0) : null;
  }

  /** The ordinary words one edit from the word (a letter added, dropped, changed or two swapped), in no particular order. */
  List<String> allNearWords(String word) {
    return nearWords(word, Integer.MAX_VALUE);
  }

  /** Whether one word is the other with one of its letters doubled ("monney", "money"). */
  static boolean doublingApart(String a, String b) {
    String longer = a.length() > b.length() ? a : b;
    String shorter = longer == a ? b : a;
    if (longer.length() != shorter.length() + 1) {
      return false;
    }
    for (int i = 1; i < longer.length(); i++) {
      if (longer.charAt(i) == longer.charAt(i - 1) && shorter.equals(longer.substring(0, i) + longer.substring(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Up to {@code limit} ordinary words one edit from the word, in no useful order. */
  private List<String> nearWords(String word, int limit) {
    List<String> near = new ArrayList<>();
    if (word.length() < 4 || word.length() > 20) {
      return near;
    }
    StringBuilder b = new StringBuilder(word.length() + 1);
    for (int i = 0; i <= word.length() && near.size() < limit; i++) {
      if (i < word.length()) {
        addIfWord(near, word, b.append(word, 0, i).append(word, i + 1, word.length())); // a letter dropped
      }
      if (i + 1 < word.length()) { // two letters swapped
        addIfWord(near, word, b.append(word, 0, i).append(word.charAt(i + 1)).append(word.charAt(i)).append(word, i + 2, word.length()));
      }
      for (char c = 'a'; c <= 'z' && near.size() < limit; c++) {
        addIfWord(near, word, b.append(word, 0, i).append(c).append(word, i, word.length())); // a letter added
        if (i < word.length()) {
          addIfWord(near, word, b.append(word, 0, i).append(c).append(word, i + 1, word.length())); // a letter changed
        }
      }
    }
    return near;
  }

  /** Adds the builder's text when it is an ordinary word other than the word and not yet added; empties the builder. */
  private void addIfWord(List<String> near, String word, StringBuilder b) {
    String candidate = b.toString();
    b.setLength(0);
    if (!candidate.equals(word) && isWord(candidate) && !near.contains(candidate)) {
      near.add(candidate);
    }
  }

  /** Whether two words differ by one letter added, dropped, changed, or two neighbours swapped. */
  static boolean oneEditApart(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
      return false;
    }
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      boolean swapped = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.substring(i + 2).equals(b.substring(i + 2));
      return swapped || a.substring(i + 1).equals(b.substring(i + 1));
    }
    return a.length() < b.length() ? a.substring(i).equals(b.substring(i + 1)) : a.substring(i + 1).equals(b.substring(i));
  }

  /** Whether the lower-case word is only ever a proper name (a place, a person, a brand). */
  boolean isName(String word) {
    return names.contains(word);
  }

  private static Set<String> load(String resource) {
    Set<String> entries = new HashSet<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.startsWith("#")) {
          entries.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(entries);
  }
}
