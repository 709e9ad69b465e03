package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missionbot.search.PassageSearcherFixture.found;
import static org.missionbot.search.PassageSearcherFixture.index;
import static org.missionbot.search.PassageSearcherFixture.searcher;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionbot.corpus.Passage;

/**
 * What the search finds: hits best first, which of them hold what is asked, the words each matched and where,
 * and the text each would quote.
 */
class PassageSearcherHitsTest {

  @Test
  void aQuestionsPunctuationDoesNotMoveItsVector() {
    assertEquals("was he arrested?", PassageSearcher.asAsked("was he arrested"));
    assertEquals("was he arrested?", PassageSearcher.asAsked("was he arrested ?!"));
    assertEquals("canada pledge?", PassageSearcher.asAsked("canada pledge."));
    assertEquals("?", PassageSearcher.asAsked("?"), "nothing but a mark stays as it is");
    List<Hit> bare = searcher.search(searcher.read("was jimmy cherizier arrested"));
    List<Hit> marked = searcher.search(searcher.read("Was Jimmy Cherizier arrested?"));
    assertEquals(bare.get(0).passage(), marked.get(0).passage());
    assertEquals(bare.get(0).signals().similarity(), marked.get(0).signals().similarity(), 1e-6,
        "the mark moved the decision's probability from 0.72 to 0.30 for the same words");
  }

  @Test
  void whereIsAnsweredFirstByTheSentenceThatTellsWhereThoughAnotherSharesMoreWords() {
    List<Hit> hits = searcher.search(searcher.read("Where was Haiti's president murdered?"));
    assertTrue(hits.get(0).passage().text().contains("in his own bedroom"), hits.get(0).passage().text());
    assertTrue(hits.get(0).signals().holdsWanted());
    assertTrue(hits.get(1).score() > hits.get(0).score(), "the sentence on the assassination's date scores higher on its words");
  }

  @Test
  void whoIsAnsweredByACountryOrABodyAsWellAsAPerson() {
    Question question = searcher.read("who delivered armored vehicles to the haitian police?");
    Hit canada = searcher.search(question).stream()
        .filter(h -> h.passage().text().startsWith("Canadian officials have told CBC News")).findFirst().orElseThrow();
    assertTrue(canada.signals().holdsWanted(), "no person is named, but Canada and CBC News are");
    Question count = searcher.read("how many armored vehicles did canada deliver?");
    assertTrue(searcher.search(count).stream().anyMatch(h -> !h.signals().holdsWanted()), "a count is a count only");
  }

  @Test
  void countriesAskedForAreHeldByASentenceNamingOthersThanTheQuestionsAndTheTopics() {
    List<Hit> hits = searcher.search(searcher.read("which countries besides kenya are contributing officers to the mss"));
    Hit list = hits.stream().filter(h -> h.passage().text().contains("officers from Benin, Chad, Bangladesh")).findFirst().orElseThrow();
    Hit praise = hits.stream().filter(h -> h.passage().text().startsWith("Canada praised Kenya's leadership")).findFirst().orElseThrow();
    assertTrue(list.signals().holdsWanted(), "Benin, Chad and Bangladesh are neither Kenya nor Haiti");
    assertFalse(praise.signals().holdsWanted(), "Canada alone is one country, and countries are asked for");
    Hit praiseForOne = searcher.search(searcher.read("which country leads the mission?")).stream()
        .filter(h -> h.passage().text().startsWith("Canada praised Kenya's leadership")).findFirst().orElseThrow();
    assertTrue(praiseForOne.signals().holdsWanted(), "one country asked for: any sentence naming two holds one");
  }

  @Test
  void eachHitsAgreementIsItsSimilarityDimensionByDimension() {
    List<Hit> hits = searcher.search(searcher.read("how much has canada pledged for the mission?"));
    assertFalse(hits.isEmpty());
    for (Hit hit : hits) {
      float[] agreement = hit.signals().agreement();
      assertEquals(index.embedder().dimensions(), agreement.length);
      float sum = 0;
      for (float part : agreement) {
        sum += part;
      }
      assertEquals(hit.signals().similarity(), sum, 0.0, "summed as the similarity is: " + hit.passage().text());
    }
    assertTrue(hits.stream().map(h -> h.signals().agreement()).distinct().count() == hits.size(), "each passage its own");
  }

  @Test
  void aForceBelowFullStrengthIsBelowFullCapacity() {
    assertTrue(found("why is the mission running below full strength?").get(0).text().contains("operating at only 40% capacity"));
  }

  @Test
  void aPersonsFullNameIsHeldByASentenceThatNamesTheSurnameAlone() {
    Hit hometown = searcher.search(searcher.read("Where is Melanie Joly's hometown?")).stream()
        .filter(h -> h.passage().text().contains("Joly\u2019s hometown")).findFirst().orElseThrow();

    assertEquals(List.of("melanie", "joly", "hometown"), hometown.matched().stream().map(Concept::word).sorted(
        java.util.Comparator.comparing(w -> List.of("melanie", "joly", "hometown").indexOf(w))).toList());
    assertEquals(1.0, hometown.coverage(), 1e-9);
    Hit other = searcher.search(searcher.read("Did Joly meet Melanie?")).stream()
        .filter(h -> h.passage().text().contains("Joly\u2019s hometown")).findFirst().orElseThrow();
    assertFalse(other.matched().stream().anyMatch(c -> c.word().equals("melanie")), "two names apart are two people");
    Hit trudeauCall = searcher.search(searcher.read("When did the Ruto Davis call happen?")).stream()
        .filter(h -> h.passage().text().contains("Justin Trudeau")).findFirst().orElseThrow();
    assertFalse(trudeauCall.matched().stream().anyMatch(c -> c.word().equals("davis")),
        "two names side by side that no article writes together are two people");
    assertTrue(trudeauCall.coverage() <= 1.0, "no word is credited twice: " + trudeauCall.coverage());
  }

  @Test
  void questionWithoutContentWordsFindsNothing() {
    Question question = searcher.read("What is it?");

    assertEquals(List.of(), question.concepts());
    assertEquals(List.of(), searcher.search(question));
  }

  @Test
  void aPostIsWhatSomeoneSaidOnX() {
    List<Hit> hits = searcher.search(searcher.read("where did ruto post his message about haiti"));

    assertTrue(hits.get(0).passage().text().contains("Ruto said on X"), hits.get(0).passage().text());
    assertTrue(hits.get(0).matched().stream().anyMatch(c -> c.word().equals("post")), hits.get(0).matched().toString());
  }

  @Test
  void synonymFindsAPassageThatOnlyNamesOttawa() {
    List<Hit> hits = searcher.search(searcher.read("Did Canada agree to send an assessment team?"));

    Hit ottawa = hits.stream().filter(h -> h.passage().text().startsWith("Ottawa has agreed to send")).findFirst()
        .orElseThrow(() -> new AssertionError("no Ottawa passage in " + hits));
    assertFalse(ottawa.passage().text().contains("Canad"));
    assertTrue(ottawa.matched().stream().anyMatch(c -> c.word().equals("canada")), ottawa.matched().toString());
  }

  @Test
  void hitsAreBestFirstWithCoverageBetweenZeroAndOne() {
    List<Hit> hits = searcher.search(searcher.read("How many Kenyan police officers arrived in the first group?"));

    assertFalse(hits.isEmpty());
    assertTrue(hits.get(0).passage().text().contains("400"), hits.get(0).passage().text());
    for (int i = 0; i < hits.size(); i++) {
      assertTrue(hits.get(i).coverage() >= 0 && hits.get(i).coverage() <= 1.0001, "coverage " + hits.get(i).coverage());
      if (i > 0) {
        assertTrue(hits.get(i - 1).score() >= hits.get(i).score());
      }
    }
  }

  @Test
  void matchOffsetsPointAtQuestionWordsInThePassage() {
    Hit hit = searcher.search(searcher.read("Which country leads the Multinational Security Support mission?")).get(0);

    List<Integer> offsets = searcher.matchOffsets(hit);
    assertFalse(offsets.isEmpty());
    String text = hit.passage().text();
    for (int offset : offsets) {
      assertTrue(offset >= 0 && offset < text.length(), offset + " in " + text);
      assertTrue(Character.isLetterOrDigit(text.charAt(offset)), "a word starts at " + offset + " in " + text);
    }
  }

  @Test
  void aWordThatStandsForAPhraseMatchesEveryWordOfIt() {
    Hit hit = searcher.search(searcher.read("pm conille")).stream()
        .filter(h -> h.passage().text().contains("a new prime minister, Garry Conille")).findFirst().orElseThrow();
    String text = hit.passage().text();
    int prime = text.indexOf("prime minister, Garry");

    List<Integer> offsets = searcher.matchOffsets(hit);
    assertTrue(offsets.contains(prime) && offsets.contains(prime + "prime ".length()), offsets + " in " + text);
  }

  @Test
  void quoteTextIsThePassageOrThePassageWithItsPreviousSentence() {
    for (Hit hit : searcher.search(searcher.read("Why isn't Canada sending its own troops?"))) {
      Passage p = hit.passage();
      assertEquals(hit.quotesPrevious() ? p.withPrevious() : p.text(), hit.quoteText());
      assertTrue(hit.quotesPrevious() || !hit.leansOnPrevious() && !p.refersBack(), p.text());
      assertEquals(p.text(), hit.quoteText().substring(hit.quoteOffset(), hit.quoteOffset() + p.text().length()));
    }
  }

  @Test
  void theTopicIsTopicalAndOtherCountriesAreNot() {
    assertTrue(searcher.isTopical("Haiti"));
    assertFalse(searcher.isTopical("Benin"));
  }
}
