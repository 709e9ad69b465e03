package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missionbot.answer.AnswerEngineFixture.engine;
import static org.missionbot.answer.AnswerEngineFixture.undecided;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionbot.answer.Answer.Outcome;

/**
 * How a question is read: however it is typed (case, accents, dots, stray control characters, typos), within its
 * length, and as explain and searched report it.
 */
class AnswerEngineReadingTest {

  @Test
  void initialsFindTheNameTheyStandFor() {
    Answer unga = engine.answer("what did ruto say at the UNGA about the vehicles");
    assertEquals(Outcome.ANSWERED, unga.outcome());
    assertTrue(unga.quotes().stream().limit(3).anyMatch(q -> q.text().contains("UN General Assembly")), unga.quotes().toString());
    Answer ap = engine.answer("Where do the gangs get their weapons, according to the AP report?");
    assertEquals(Outcome.ANSWERED, ap.outcome(), "the outlet's initials are no name the articles lack");
  }

  @Test
  void aLowerCaseUsOpeningASearchIsTheCountryNotThePronoun() {
    // read as the pronoun, "us pledge mss dollar amount" was "pledge mss dollar amount", led by Canada's $80.5 million
    Answer answer = undecided.answer("us pledge mss dollar amount");
    assertFalse(answer.lead().contains("$80.5 million") || answer.lead().contains("$123 million"), answer.lead());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   \t \n  ", "\u0000\u0001\u0007", "\u200b\u200e\u202e", "\n\n"})
  void emptyQuestionIsAskedForAgain(String question) {
    Answer answer = engine.answer(question);

    assertEquals(Outcome.EMPTY, answer.outcome());
    assertEquals(List.of(), answer.quotes());
    assertEquals("Please type a question about the security mission in Haiti, for example: How much has Canada pledged?",
        answer.lead());
    assertFalse(answer.answered());
  }

  @Test
  void nullQuestionIsEmpty() {
    assertEquals(Outcome.EMPTY, engine.answer(null).outcome());
  }

  @Test
  void questionOverTheLimitIsTooLong() {
    String question = "How much has Canada pledged? ".repeat(40);

    Answer answer = engine.answer(question);

    assertEquals(Outcome.TOO_LONG, answer.outcome());
    assertEquals(List.of(), answer.quotes());
    assertTrue(answer.lead().contains("1,000"), answer.lead());
    assertEquals(question, answer.question(), "the question as asked");
  }

  @Test
  void questionAtTheLimitIsRead() {
    String question = "How much has Canada pledged?" + " ".repeat(10) + "x".repeat(AnswerEngine.MAX_QUESTION_LENGTH - 29);
    String fill = "How much has Canada pledged " + "z".repeat(AnswerEngine.MAX_QUESTION_LENGTH - 28);

    assertEquals(AnswerEngine.MAX_QUESTION_LENGTH, fill.length());
    assertFalse(engine.answer(fill).outcome() == Outcome.TOO_LONG);
    assertFalse(engine.answer(question).outcome() == Outcome.TOO_LONG, "runs of white space count as one");
    assertEquals(Outcome.TOO_LONG, engine.answer(fill + "z").outcome());
  }

  @Test
  void controlCharactersAroundAQuestionDoNotChangeItsAnswer() {
    Answer clean = engine.answer("How much has Canada pledged?");
    Answer padded = engine.answer("\u0000How much\u0000has Canada\tpledged?\u0007\r\n");

    assertEquals(clean.lead(), padded.lead());
    assertEquals(clean.quotes(), padded.quotes());
  }

  @Test
  void lowerCaseQuestionIsAnsweredLikeTheCapitalisedOne() {
    assertEquals(engine.answer("How much has Canada pledged?").quotes(), engine.answer("how much has canada pledged").quotes());
    // the lead and the best quotes; the last quote, filled in after them, may differ, since case tells names
    Answer capitalised = engine.answer("Who is Jimmy Cherizier?");
    Answer lower = engine.answer("who is jimmy cherizier");
    assertEquals(capitalised.lead(), lower.lead());
    assertEquals(capitalised.quotes().subList(0, 2), lower.quotes().subList(0, 2));
  }

  @Test
  void lowerCaseDottedAcronymIsAnsweredLikeTheCapitalisedOne() {
    Answer capitalised = engine.answer("What equipment did the U.S. deliver to Haiti?");

    assertEquals(Outcome.ANSWERED, capitalised.outcome());
    assertEquals(capitalised.quotes(), engine.answer("what equipment did the u.s. deliver to haiti?").quotes());
  }

  @Test
  void decomposedAccentsAreAnsweredLikeComposedOnes() {
    Answer composed = engine.answer("When was President Jovenel Mo\u00efse assassinated?");

    assertEquals(Outcome.ANSWERED, composed.outcome());
    assertEquals(composed.lead(), engine.answer("When was President Jovenel Moi\u0308se assassinated?").lead());
    assertEquals(Outcome.ANSWERED, engine.answer("Who is Jimmy Che\u0301rizier?").outcome());
  }

  @Test
  void misspeltQuestionIsAnswered() {
    assertTrue(engine.answer("How much has canda pledged?").lead().contains("123 million"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "how much did canda pledge for the kenyan led missoin | how much did canada pledge for the kenyan led mission",
      "when was presidnet jovenal moise assasinated | when was president jovenel moise assassinated"})
  void aMisspeltQuestionIsCheckedAsItIsCorrected(String misspelt, String spelt) {
    // "canda" is no country: read as typed, the Kenyan in the question took the figure
    assertEquals(engine.answer(spelt).lead(), engine.answer(misspelt).lead());
    assertFalse(engine.answer(misspelt).lead().isEmpty(), misspelt);
  }

  @Test
  void explainShowsHowTheQuestionWasRead() {
    String report = engine.explain("How much has canda pledged?");

    assertTrue(report.startsWith("outcome answered\nkinds [AMOUNT]"), report);
    assertTrue(report.contains("corrected"), report);
  }

  @Test
  void explainReadsTheQuestionWithinTheFramesTheAnswerDoes() {
    String report = engine.explain("By the time the Kenyans arrived, how much had Ottawa committed to the MSS?");

    assertTrue(report.contains("time TimeFrame[from=2024-06-01, to=2024-06-30"), "dated by the arrival, as the answer is: " + report);
    assertFalse(report.contains("searched as: By the time"), "the event's clause is no words to search: " + report);
    String sourced = engine.explain("what has canada focused on instead, per the AP piece?");
    assertTrue(sourced.contains("from 2024-06-25"), "from the article the question names: " + sourced);
  }

  @Test
  void theDecisionIsTrainedOnQuestionsReadAsTheyAreAnswered() {
    AnswerEngine.Searched french = engine.searched("Combien le Canada a-t-il promis ?");
    assertTrue(french.question().text().startsWith("how much"), "read into English: " + french.question().text());
    assertTrue(french.hits().get(0).quoteText().contains("123 million"), french.hits().get(0).quoteText());
    AnswerEngine.Searched shorthand = engine.searched("wat r the vehicles canada gave haiti police 4");
    assertFalse(shorthand.question().concepts().stream().anyMatch(c -> c.word().equals("wat")),
        "chat shorthand spelt out: " + shorthand.question().concepts());
    AnswerEngine.Searched sourced = engine.searched("what has canada focused on instead, per the AP piece?");
    assertTrue(sourced.hits().stream().allMatch(h -> h.passage().article().published().toString().equals("2024-06-25")),
        "from the article the question names");
  }

  @Test
  void explainShowsAFrenchQuestionAsItWasReadIntoEnglish() {
    String report = engine.explain("Combien le Canada a-t-il promis ?");

    assertTrue(report.startsWith("read from fr as: how much"), report);
    assertTrue(report.contains("\nkinds [AMOUNT]"), report);
    assertTrue(report.contains("123 million"), "ranked as the answer ranks it: " + report);
  }
}
