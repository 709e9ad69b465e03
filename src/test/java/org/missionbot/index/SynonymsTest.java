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

  /** A line that gives words on its left a broader word on its right ("murder, assassination => kill"). */
  private static final String BROADER = "=>";

  /** The rule lines (neither blank nor comments) that do or do not give a broader word. */
  private static List<String> lines(String rules, boolean broader) {
    return rules.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("#") && l.contains(BROADER) == broader).toList();
  }

  /** The comma-separated entries of a line or of one side of it. */
  private static List<String> entries(String side) {
    return List.of(side.split("\\s*,\\s*")).stream().map(String::strip).toList();
  }

  private static List<List<String>> groups(String rules) {
    return lines(rules, false).stream().map(SynonymsTest::entries).toList();
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

  /** The broader-word lines: the words on the left, then the broader word. */
  private static List<List<String>> broader(String rules) {
    List<List<String>> broader = new ArrayList<>();
    for (String line : lines(rules, true)) {
      String[] sides = line.split(BROADER);
      List<String> words = new ArrayList<>(entries(sides[0]));
      words.add(sides[1].strip());
      broader.add(words);
    }
    return broader;
  }

  private static String key(String entry) {
    return String.join(" ", Analysis.terms(Analysis.wordAnalyzer(), Fields.WORDS, entry));
  }

  /**
   * A broader word is for one group's words (they are kinds of it), stands in no group itself (it would
   * be the same thing, not a broader one) and is one word, no stop word.
   */
  @Test
  void aBroaderWordIsOneGroupsAndInNone() throws IOException {
    List<List<String>> lines = broader(Checkout.synonyms());
    assertTrue(!lines.isEmpty(), "the file has broader words");
    List<List<String>> groups = allGroups();
    for (List<String> line : lines) {
      List<String> narrower = line.subList(0, line.size() - 1);
      String word = line.get(line.size() - 1);
      assertTrue(groups.stream().anyMatch(g -> g.stream().map(SynonymsTest::key).toList().containsAll(
          narrower.stream().map(SynonymsTest::key).toList())), narrower + " are not the words of one group");
      assertTrue(groups.stream().flatMap(List::stream).noneMatch(e -> key(e).equals(key(word))), word + " stands in a group");
      assertTrue(!word.contains(" ") && !Analysis.isStopWord(word), word);
    }
  }

  @Test
  void aPassageHoldsTheBroaderWordOfItsWordButAQuestionsWordIsNotBroadened() throws IOException {
    Analysis analysis = Analysis.withSynonyms(Checkout.synonyms());
    List<String> murder = Analysis.terms(analysis.passageAnalyzer(), Fields.TEXT, "the July 7 murder of Haiti's president");
    assertTrue(murder.contains("kill"));
    assertTrue(murder.contains("murder"), "the word itself stays");
    List<String> killings = Analysis.terms(analysis.passageAnalyzer(), Fields.TEXT, "turf wars that have led to widespread killings");
    assertTrue(killings.contains("kill") && !killings.contains("murder"), killings.toString());
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
    List<List<String>> linted = new ArrayList<>(groups(Checkout.synonyms()));
    linted.addAll(broader(Checkout.synonyms()));
    for (List<String> group : linted) {
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
