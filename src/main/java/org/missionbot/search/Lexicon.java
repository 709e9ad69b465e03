package org.missionbot.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * General English vocabulary (from SCOWL), which tells apart three kinds of word the articles lack:
 * an ordinary word ("trucks", a paraphrase: fine), a proper name ("Germany": a subject the articles
 * do not cover) and neither ("canda": most likely a typo, worth correcting).
 */
final class Lexicon {

  private static final Lexicon ENGLISH = new Lexicon(load("english-words.txt"), load("english-names.txt"));

  private final Set<String> words;
  private final Set<String> names;

  private Lexicon(Set<String> words, Set<String> names) {
    this.words = words;
    this.names = names;
  }

  static Lexicon english() {
    return ENGLISH;
  }

  /** Whether the lower-case word is an ordinary English word. */
  boolean isWord(String word) {
    return words.contains(word);
  }

  /** Whether the lower-case word is only ever a proper name (a place, a person, a brand). */
  boolean isName(String word) {
    return names.contains(word);
  }

  private static Set<String> load(String resource) {
    Set<String> entries = new HashSet<>(100_000);
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        entries.add(line.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(entries);
  }
}
