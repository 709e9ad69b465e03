package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missionbot.answer.AnswerEngineFixture.engine;
import static org.missionbot.answer.AnswerEngineFixture.undecided;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionbot.answer.Answer.Outcome;

/** How many: a count answers only when it counts those asked about, to whom what is asked happened. */
class AnswerEngineCountsTest {

  @Test
  void aSingleFigureIsGivenWithItsDate() {
    Answer answer = engine.answer("How many Kenyan police officers arrived in the first group?");

    assertEquals("400 (25 Jun 2024)", answer.lead());
    assertTrue(answer.quotes().get(0).text().contains("400 Kenyan police officers"));
  }

  @Test
  void aCountOfAnotherCountrysPeopleDoesNotAnswer() {
    // "Kenyan security personnel, who will number up to 1,000 police officers": Kenyans, named before the figure
    assertEquals(Outcome.NOT_IN_ARTICLES, engine.answer("How many officers does the Haitian National Police have?").outcome());
    // "2,500 personnel, which will include officers from Benin, Chad, Bangladesh ...": not all of them Kenyan
    assertFalse(engine.answer("How many Kenyan officers will be deployed?").lead().contains("2,500"));
    assertEquals("400 (25 Jun 2024)", engine.answer("How many Kenyan police officers landed in Haiti?").lead());
    assertEquals(Outcome.ANSWERED, engine.answer("how many police officers is kenia sending to haiti").outcome(),
        "a country typed amiss is the country it was read as");
    assertEquals(Outcome.ANSWERED, engine.answer("how many goverment officals joined henry in asking for troops").outcome(),
        "'officals' is a typo of the 'officials' counted");
    assertEquals(Outcome.NOT_IN_ARTICLES, engine.answer("how many goverment officers joined henry in asking for troops").outcome(),
        "officers are no officials, and no sentence counts them");
  }

  @Test
  void aCountOfThoseToWhomSomethingElseHappenedDoesNotAnswer() {
    assertEquals(Outcome.NOT_IN_ARTICLES,
        engine.answer("How many Kenyan police officers have been killed in Haiti since they arrived?").outcome(),
        "'400 Kenyan police officers landed' counts arrivals, not deaths");
    assertEquals("Hundreds of thousands (25 Jun 2024)", engine.answer("how many people have been displaced?").lead());
    assertEquals(Outcome.NOT_IN_ARTICLES, engine.answer("how many kenyan police who died in haiti").outcome());
    // the check under test, met by a question the decision lets through
    assertEquals(Answer.Refusal.COUNTED, undecided.answer("how many of the kenyan police officers have died so far?").refusal(),
        "a present perfect says what happened to those counted, as 'have been killed' does");
    assertTrue(engine.answer("how many partner countries has nichols said he had spoken to?").answered(),
        "a past perfect reports what was said: 'I have spoken to dozens of partner countries'");
    assertEquals("400 (25 Jun 2024)", engine.answer("How many Kenyan police officers who arrived were in the first group?").lead(),
        "'landed' is where 'arrived' matched");
  }

  @Test
  void aDeathTollIsAnsweredOnlyByACountOfTheDead() {
    for (String question : List.of("death toll haiti gangs", "what's the kenyan police death toll in haiti")) {
      assertEquals(Outcome.NOT_IN_ARTICLES, engine.answer(question).outcome(), question + ": '400 Kenyan police officers' are alive");
    }
  }

  @Test
  void anAgeIsNotLedByAnotherCountInTheSentence() {
    // "Ariel Henry and 18 top-ranking officials": 18 is how many officials, not his age, which no article gives
    Answer answer = undecided.answer("How old is Ariel Henry?");
    assertFalse(answer.lead().contains("18"), answer.lead());
    assertEquals(Outcome.NOT_IN_ARTICLES, engine.answer("How old is Ariel Henry?").outcome());
  }

  @ParameterizedTest
  @ValueSource(strings = {"how many people have fled their homes in haiti", "how many haitians were driven from their homes by the gangs?"})
  void beingForcedFromHomeIsBeingDisplaced(String question) {
    assertTrue(engine.answer(question).quotes().get(0).text().contains("has displaced hundreds of thousands"), question);
  }

  @Test
  void aCountedNounMayBeASynonymOfTheWordsAfterTheCount() {
    Answer cops = engine.answer("In March 2024, how many cops was Kenya planning to send over?");

    assertEquals(Outcome.ANSWERED, cops.outcome(), "'cops' and 'police officers' are one synonym group");
    assertTrue(cops.quotes().get(0).text().contains("1,000 police officers"), cops.quotes().toString());
    assertFalse(engine.answer("how many cops does haiti have?").answered(), "Kenya's officers are not Haiti's");
  }

  @Test
  void aCountOfSomethingElseIsNoAnswer() {
    assertEquals(Outcome.NOT_IN_ARTICLES, engine.answer("How many gangs are there in Port-au-Prince?").outcome());
    Answer haiti = engine.answer("how many police officers does haiti have?");
    assertFalse(haiti.lead().contains("400"), "400 are Kenyan officers: " + haiti.lead());
    assertTrue(engine.answer("how many people were expected for the mission in total?").quotes().stream()
        .anyMatch(q -> q.text().contains("2,500")), "people are counted by any count of persons");
    assertTrue(engine.answer("how many kenyan police officers landed first?").lead().startsWith("400"));
  }
}
