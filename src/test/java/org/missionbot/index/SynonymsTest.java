package org.missionbot.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.missionbot.Checkout;
import org.missionbot.corpus.Countries;
import org.missionbot.corpus.Passage;
import org.missionbot.corpus.Passages;

/**
 * Lints the synonym groups (the config file's and the country table's): a group is for words that are
 * the same thing here, so no word stands in two groups, no entry is a stop word, and no group puts its
 * words into far more passages than its most common word is in already.
 */
class SynonymsTest {

  private static List<List<String>> groups(String rules) {
    List<List<String>> groups = new ArrayList<>();
    for (String line : rules.split("\n")) {
      if (!line.isBlank() && !line.strip().startsWith("#")) {
        groups.add(List.of(line.split("\\s*,\\s*")).stream().map(String::strip).toList());
      }
    }
    return groups;
  }

  private static List<List<String>> allGroups() throws IOException {
    List<List<String>> all = new ArrayList<>(groups(Checkout.synonyms()));
    all.addAll(groups(Countries.get().synonymRules()));
    return all;
  }

  @Test
  void noWordStandsInTwoGroups() throws IOException {
    Map<String, List<String>> owner = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (List<String> group : allGroups()) {
      for (String entry : group) {
        String key = String.join(" ", Analysis.terms(Analysis.wordAnalyzer(), Fields.WORDS, entry));
        List<String> before = owner.putIfAbsent(key, group);
        if (before != null && before != group) {
          clashes.add(entry + " in " + before + " and " + group);
        }
      }
    }
    assertTrue(clashes.isEmpty(), String.join("\n", clashes));
  }

  @Test
  void noEntryIsAStopWord() throws IOException {
    for (List<String> group : groups(Checkout.synonyms())) {
      for (String entry : group) {
        assertTrue(!Analysis.isStopWord(entry.toLowerCase(java.util.Locale.ROOT)), entry + " in " + group);
      }
    }
  }

  /**
   * A group may not put its words into a large share of the passages (a quarter), unless one of its
   * words alone is already there: such a group would make every passage look like an answer.
   */
  @Test
  void noGroupInflatesThePassagesItsWordsAreIn() throws IOException {
    List<String> texts = new ArrayList<>();
    Checkout.corpus().articles().forEach(a -> Passages.of(a).stream().map(Passage::text).forEach(texts::add));
    List<Set<String>> words = texts.stream().map(t -> Set.copyOf(Analysis.terms(Analysis.wordAnalyzer(), Fields.WORDS, t)))
        .toList();
    for (List<String> group : groups(Checkout.synonyms())) {
      int most = group.stream().mapToInt(e -> count(words, e)).max().orElse(0);
      int any = (int) words.stream().filter(p -> group.stream().anyMatch(e -> holds(p, e))).count();
      assertTrue(any <= Math.max(most, texts.size() / 4),
          group + " reaches " + any + " passages, its most common word " + most + " of " + texts.size());
    }
  }

  private static int count(List<Set<String>> passages, String entry) {
    return (int) passages.stream().filter(p -> holds(p, entry)).count();
  }

  private static boolean holds(Set<String> passage, String entry) {
    Set<String> needed = new HashSet<>(Analysis.terms(Analysis.wordAnalyzer(), Fields.WORDS, entry));
    needed.removeIf(Analysis::isStopWord);
    return !needed.isEmpty() && passage.containsAll(needed);
  }
}
