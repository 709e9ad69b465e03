package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.Checkout;
import org.missionbot.index.PassageIndex;

/** Misspelt question words keep the question's kind, and stray keys are no subject. */
class QuestionWordTyposTest {

  @TempDir
  static Path indexFolder;

  private static PassageIndex index;
  private static PassageSearcher searcher;

  @BeforeAll
  static void open() throws IOException {
    index = Checkout.openIndex(indexFolder);
    searcher = new PassageSearcher(index);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static List<String> words(Question question) {
    return question.concepts().stream().map(Concept::word).toList();
  }

  @Test
  void aMisspeltHowMuchStillAsksForAnAmount() {
    Question question = searcher.read("how mcuh has canada pledged");
    assertEquals(QuestionKind.AMOUNT, question.kind());
    assertEquals(List.of("canada", "pledged"), words(question));
  }

  @Test
  void aDroppedLetterInHowStillAsksForACount() {
    Question question = searcher.read("hw many kenyan officers arrived");
    assertEquals(QuestionKind.COUNT, question.kind());
    assertFalse(words(question).contains("hw"));
  }

  @Test
  void aMisspeltWordOfTheKindAskedStillAsksIt() {
    assertEquals(QuestionKind.DURATION, searcher.read("barbecue's assets were frozen for how much tyme").kind());
    assertEquals(QuestionKind.DURATION, searcher.read("how lnog did minustah last").kind());
  }

  @Test
  void swappedLettersInHowAreReadToo() {
    assertEquals(QuestionKind.COUNT, searcher.read("hwo many officers arrived").kind());
  }

  @Test
  void aNameWrittenAsItIsHeardIsTheArticlesNameThatSoundsSo() {
    // "trudo" is three edits from "trudeau", too far for the spelling checker, but sounds the same
    assertEquals(List.of("trudeau", "ruto", "talk", "phone"), words(searcher.read("wat did trudo and ruto talk about on the phone")));
    assertTrue(searcher.read("who is Trudy").concepts().stream().noneMatch(c -> c.word().equals("trudeau")),
        "a name a dictionary of names has is someone else, not a misspelling");
    assertTrue(searcher.read("what is a drudo").concepts().stream().noneMatch(c -> c.word().equals("trudeau")),
        "only a name of the same first letter and about the same length");
  }

  @Test
  void aNameTwoEditsAwayIsTakenOnlyWhenItSoundsTheSame() {
    // "cheriser" is two edits from "cherizier" and sounds like it: a misspelling
    assertEquals(List.of("cherizier", "sanctions"), words(searcher.read("cheriser sanctions")));
    // "minusma" is two edits from "minustah" but sounds otherwise: another mission the articles lack
    Concept other = searcher.read("minusma end date").concepts().get(0);
    assertEquals("minusma", other.word());
    assertFalse(other.corrected());
    // a common word two edits away is corrected as before
    assertEquals("assassination", searcher.read("asasination of the president").concepts().get(0).word());
  }

  @Test
  void aQuestionWordCutShortIsTheWordItBegins() {
    // "wher" is one letter from "when" as well, but a word cut short is the likelier slip
    assertEquals(QuestionKind.PLACE, searcher.read("wher did ruto complain about the vehicles").kind());
    assertEquals(QuestionKind.DATE, searcher.read("whe did the kenyans arrive").kind());
  }

  @Test
  void aStrayShortTokenIsNoSubjectButAnUnknownNameStillIs() {
    assertEquals(List.of("canada"), words(searcher.read("xq canada")));
    Question germany = searcher.read("how much has germany pledged");
    assertTrue(germany.unknown().stream().anyMatch(Concept::name), germany.toString());
  }

  @Test
  void aShortTokenTypedInCapitalsIsAnAcronymAndASubject() {
    Question gdp = searcher.read("What's Canada's GDP?");
    assertEquals(List.of("canada", "gdp"), words(gdp));
    assertTrue(gdp.unknown().stream().anyMatch(c -> c.word().equals("gdp") && c.name()), gdp.toString());
    assertEquals(List.of("canada"), words(searcher.read("what's canada's gdp")), "in lower case it may be stray keys");
  }

  @Test
  void oneEditApartCountsOneAddedDroppedChangedOrSwappedLetter() {
    assertTrue(Lexicon.oneEditApart("hw", "how"));
    assertTrue(Lexicon.oneEditApart("mcuh", "much"));
    assertTrue(Lexicon.oneEditApart("whne", "when"));
    assertTrue(Lexicon.oneEditApart("whot", "what"));
    assertTrue(Lexicon.oneEditApart("howw", "how"));
    assertFalse(Lexicon.oneEditApart("how", "how"));
    assertFalse(Lexicon.oneEditApart("hmw", "much"));
    assertFalse(Lexicon.oneEditApart("canada", "kenya"));
  }
}
