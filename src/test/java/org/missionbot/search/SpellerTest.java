package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.missionbot.Checkout;
import org.missionbot.index.Fields;

/** A misspelt word is read against the passages' own words and names first, then the dictionary's. */
class SpellerTest {

  private static Speller speller;

  @BeforeAll
  static void open() {
    speller = new Speller(Checkout.sharedIndex().searcher(), Lexicon.english());
  }

  @Test
  void aWordOfThePassagesIsKnownAndItsStemOrPrefixToo() {
    assertTrue(speller.knownAsWord("minister"));
    assertTrue(speller.knownAsWord("pledges"), "its stem, 'pledg', is the passages'");
    assertFalse(speller.knownAsWord("armord"));
    assertTrue(speller.known("armord"), "its first letters are 'armoured''s");
    assertFalse(speller.known("spouse"));
    assertTrue(speller.docFreq(Fields.WORDS, "kenyan") > 1);
    assertEquals(0, speller.docFreq(Fields.WORDS, "spouse"));
  }

  @Test
  void twoWordsSideBySideAreOnlyThoseThePassagesHoldSo() {
    assertTrue(speller.sideBySide("prime", "minister"));
    assertFalse(speller.sideBySide("minister", "prime"));
  }

  @Test
  void wordsTypedRunTogetherAreTheTwoWordsThePassagesHoldSideBySide() {
    assertEquals("prime minister", speller.runTogether("primeminister"));
    assertEquals("", speller.runTogether("minister"), "a word of its own");
    assertEquals("", speller.runTogether("ministerprime"), "the passages never write them in that order");
  }

  @Test
  void anOrdinaryWordTheArticlesLackIsReadAsTheDictionaryWordItIsALetterOffFrom() {
    assertEquals("money", speller.dictionaryTypo("monney"));
    assertEquals("", speller.dictionaryTypo("money"), "a word already");
    assertEquals("", speller.dictionaryTypo("misson"), "the passages offer 'mission' themselves: correct() reads it");
    assertEquals("mission", speller.correct("misson"));
  }

  @Test
  void aTypoOneEditFromSeveralWordsIsTheOneThePassagesHoldInSomeForm() {
    // "leader", "ledger", "lender", "leer", "lever": the articles hold only "leaders", two edits from "leder"
    assertEquals("leader", speller.correct("leder"));
    assertEquals("assassinated", speller.correct("assasinated"));
    assertNull(speller.correct("blorf"), "no word one edit away, none of the passages'");
  }

  @Test
  void aRealWordThePassagesLackHasTheirWordsOneEditAway() {
    assertTrue(speller.nearWords("minster").contains("minister"), speller.nearWords("minster").toString());
    assertEquals(List.of(), speller.nearWords("minister"), "the passages hold it");
  }

  @Test
  void aNameIsCorrectedToOneOfThePassagesByEditsOrBySound() {
    assertEquals("dorothy", speller.correctName("dorthy"));
    assertEquals("trudeau", speller.soundsLike("trudo"));
    assertNull(speller.correct("minusma"), "two edits from a name of the passages that it does not sound like");
    assertNull(speller.soundsLike("trudy"), "a name of its own");
  }
}
