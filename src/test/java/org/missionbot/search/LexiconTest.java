package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.missionbot.index.Analysis;

class LexiconTest {

  private final Lexicon english = Lexicon.english();

  @Test
  void britishAndCanadianSpellingsAreOrdinaryWordsToo() {
    for (String word : new String[] {"cheque", "colour", "organise", "favourite", "sceptical", "check", "color"}) {
      assertTrue(english.isWord(word), word);
    }
  }

  @Test
  void aWordOneEditFromExactlyOneOrdinaryWordIsThatWord() {
    assertEquals("government", english.onlyNearWord("goverment"), "a letter dropped");
    assertEquals("volunteer", english.onlyNearWord("volenteer"), "a letter changed");
    assertTrue(english.isNearWord("goverment"));
  }

  @Test
  void ofSeveralNearWordsALetterTypedTwiceSettlesIt() {
    assertEquals("money", english.onlyNearWord("monney"), "'monkey' is a letter changed, 'money' a letter doubled");
    assertTrue(Lexicon.doublingApart("monney", "money"));
    assertTrue(Lexicon.doublingApart("ofice", "office"));
    assertFalse(Lexicon.doublingApart("monney", "monkey"));
    assertFalse(Lexicon.doublingApart("money", "money"));
  }

  @Test
  void aGuessBetweenWordsOrNoNearWordIsNone() {
    assertNull(english.onlyNearWord("blinkn"), "'blink' and 'blinks' are both a letter off");
    assertNull(english.onlyNearWord("xqzvwk"));
    assertFalse(english.isNearWord("xqzvwk"));
    assertNull(english.onlyNearWord("abc"), "too short to tell");
  }

  @Test
  void aNounThatOnlySaysWhatIsAskedOfSomeoneIsLightInEveryForm() {
    for (String word : new String[] {"role", "roles", "job", "jobs", "position", "positions", "title", "titles"}) {
      assertTrue(english.isLightStem(Analysis.stem(word)), word + ": \"Dorothy Shea role\" asks what she is");
    }
    assertFalse(english.isLightStem(Analysis.stem("ambassador")), "the role itself is the subject");
  }
}
