package org.missionbot.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A glossary's file ({@code glossary-xx.tsv}): on each line a French or Creole source, a tab and its
 * English, read into the glossary's lookups; lines blank or opening with "#" are skipped.
 */
final class GlossaryFile {

  /** Before an entry's source: the entry holds only for a question's first word. */
  private static final String OPENER = "^";
  /** The English of an entry whose words a reading leaves out ("est-ce que"): words that ask nothing of the articles. */
  static final String DROP = "-";

  private GlossaryFile() {}

  /** Reads a glossary; {@code stemmers} makes its language's stemmer, null for a language not stemmed. */
  static Glossary read(String resource, Supplier<UnaryOperator<String>> stemmers) {
    Map<String, String> exact = new HashMap<>();
    Map<String, String> folded = new HashMap<>();
    Map<String, String> openers = new HashMap<>();
    List<Map.Entry<String, String>> stemmable = new ArrayList<>();
    try (InputStream in = Glossary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        if (parts.length != 2) {
          throw new IllegalStateException(resource + ": not source<TAB>english: " + line);
        }
        String source = parts[0].strip();
        if (source.startsWith(OPENER)) {
          openers.put(Accents.fold(source.substring(OPENER.length())), parts[1].strip());
          continue;
        }
        exact.put(source, parts[1].strip());
        // typed without accents, a word means what its unaccented entry says ("ou" is "or"), else the first accented one
        if (source.equals(Accents.fold(source))) {
          folded.put(source, parts[1].strip());
        } else {
          folded.putIfAbsent(Accents.fold(source), parts[1].strip());
        }
        if (stemmers != null && Stems.isStemmable(source)) {
          stemmable.add(Map.entry(source, parts[1].strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Stems stems = stemmers == null ? null : new Stems(resource, stemmable, stemmers);
    // not copied again into immutable maps: 20,000 entries hashed a second time at every start
    return new Glossary(Collections.unmodifiableMap(exact), Collections.unmodifiableMap(folded), stems,
        longestFrom(exact.keySet()), Map.copyOf(openers));
  }

  /** For each word a listed phrase starts with, as {@link GlossaryTokens#phraseKey} gives it, how many words its longest phrase has. */
  private static Map<String, Integer> longestFrom(Set<String> sources) {
    Map<String, Integer> longestFrom = new HashMap<>();
    for (String source : sources) {
      if (GlossaryTokens.isLetters(source)) {
        continue; // one word: the tokens of letters alone are the letters
      }
      List<String> words = GlossaryTokens.of(source); // as a question's words are read, elisions split off
      if (words.size() > 1) {
        longestFrom.merge(GlossaryTokens.phraseKey(words.get(0)), words.size(), Math::max);
      }
    }
    return Map.copyOf(longestFrom);
  }
}
