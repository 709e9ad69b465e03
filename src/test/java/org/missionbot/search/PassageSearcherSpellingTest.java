package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missionbot.search.PassageSearcherFixture.found;
import static org.missionbot.search.PassageSearcherFixture.searcher;
import static org.missionbot.search.PassageSearcherFixture.words;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Typos read as the words of the articles they were meant for, by their first letters, the word beside them or a
 * split; names far from the articles' are kept as typed, and a corrected question finds what the right one does.
 */
class PassageSearcherSpellingTest {

  @Test
  void misspeltWordIsCorrectedToAWordOfTheArticles() {
    Question question = searcher.read("How much has canda pledged?");

    Concept canada = question.concepts().get(0);
    assertEquals("canada", canada.word());
    assertTrue(canada.corrected());
    assertTrue(canada.known());
    assertFalse(question.concepts().get(1).corrected(), "pledged is spelt right");
  }

  @Test
  void aTypoOfAStopWordIsNothingToLookFor() {
    Question question = searcher.read("where do thier guns come from");

    assertTrue(question.meaning().contains("their"), question.meaning());
    assertFalse(question.concepts().stream().anyMatch(c -> c.word().equals("their")),
        "'thier' read as 'their' is a stop word, not a word the articles must hold: " + question.concepts());
  }

  @Test
  void aTypoThatOnlyTheFirstLettersFindIsCorrectedToo() {
    Question question = searcher.read("wat did blinkin say the purpose of the armord vehicles was");

    assertEquals(List.of("blinken", "armored"), question.concepts().stream().filter(Concept::corrected).map(Concept::word).toList(),
        "'blinkin' and 'armord' are found by 'blink' and 'armor' alone; the vectors need the words");
    assertTrue(question.meaning().contains("blinken") && question.meaning().contains("armored"), question.meaning());
    assertFalse(searcher.read("how many peacekeepers came").concepts().get(0).corrected(), "a word of the articles stays");
  }

  @Test
  void correctedQuestionFindsWhatTheCorrectOneFinds() {
    assertEquals(found("How much has Canada pledged?").get(0), found("How much has canda pledged?").get(0));
  }

  @Test
  void wordsTypedRunTogetherAreReadApartWhenThePassagesHoldThemSideBySide() {
    Question question = searcher.read("who is the bahamas primeminister ruto talked to");

    assertEquals(List.of("bahamas", "prime", "minister", "ruto", "talked"), words("who is the bahamas primeminister ruto talked to"));
    assertTrue(question.meaning().contains("prime minister"), question.meaning());
    assertEquals("who is the bahamas primeminister ruto talked to", question.text(), "the question is kept as typed");
    assertEquals(List.of("kenyan", "police"), words("kenyanpolice"));
    assertEquals(List.of("ministerprime"), words("ministerprime"), "no passage holds 'minister prime'");
  }

  @Test
  void anOrdinaryWordThePassagesLackTypedALetterOffReadsAsThatWord() {
    Question question = searcher.read("how much monney did canada pledge");

    assertEquals(List.of("canada", "pledge"), words("how much monney did canada pledge"),
        "'money' is the kind asked, no subject the articles lack");
    assertTrue(question.kinds().contains(QuestionKind.AMOUNT), question.kinds().toString());
    assertTrue(question.meaning().contains("money"), question.meaning());
    assertEquals("how much monney did canada pledge", question.text(), "the question is kept as typed");
    assertEquals(List.of("mission"), words("the misson"), "the passages' own word comes first");
  }

  @Test
  void namesAreNotCorrected() {
    Concept germany = searcher.read("How much has Germany pledged?").concepts().get(0);

    assertEquals("germany", germany.word());
    assertFalse(germany.corrected());
    assertFalse(germany.known());
    assertTrue(germany.name());
  }

  @Test
  void aNameOneEditFromANameOfTheArticlesIsThatName() {
    Concept dorothy = searcher.read("what did dorthy shea ask other nations to do").concepts().get(0);

    assertEquals("dorothy", dorothy.word());
    assertTrue(dorothy.corrected());
    assertTrue(dorothy.known());
    assertEquals("germany", searcher.read("How much has Germany pledged?").concepts().get(0).word(),
        "a name far from any of the articles stays as typed");
  }

  @Test
  void aRealWordTypoIsCorrectedByTheWordBesideIt() {
    Concept minister = searcher.read("who is the prime minster of haiti").concepts().get(1);

    assertEquals("minister", minister.word(), "'prime minster' is no phrase of the articles, 'prime minister' is");
    assertTrue(minister.corrected());
    assertEquals("minster", searcher.read("what is a minster").concepts().get(0).word(), "alone, a word is a word");
    assertTrue(searcher.read("how many people had to flee their homes").concepts().stream()
        .anyMatch(c -> c.word().equals("flee") && !c.corrected()), "a stop word beside it ('to free and fair') says too little");
  }
}
