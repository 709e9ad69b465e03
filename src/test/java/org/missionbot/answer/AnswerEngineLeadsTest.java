package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missionbot.answer.AnswerEngineFixture.engine;
import static org.missionbot.answer.AnswerEngineFixture.index;
import static org.missionbot.answer.AnswerEngineFixture.undecided;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionbot.answer.Answer.Outcome;
import org.missionbot.search.LogisticModel;
import org.missionbot.search.PassageSearcher;

/**
 * What leads an answer: the value a sentence of the passages the decision takes says of the words asked; none when
 * the value is the question's own, another thing's, or only supposed.
 */
class AnswerEngineLeadsTest {

  @Test
  void anotherPassageAnAnswerWouldQuoteLeadsWhenTheDecisionTakesItAndNotTheBest() {
    // the best match covers every word ("The first contingent ... has arrived in Haiti") but its only place is
    // the question's own; the second lacks "contingent" and names Port-au-Prince
    String question = "Where in Haiti did the first Kenyan contingent land?";
    assertFalse(undecided.searched(question).hits().get(0).quoteText().contains("Port-au-Prince"),
        "the search alone puts the sentence without the place first");
    assertTrue(undecided.answer(question).quotes().get(0).text().contains("Port-au-Prince"),
        "taken either way, the one that holds the place asked leads");
    double[] weights = new double[Decision.FEATURES.size()];
    // takes a first passage that holds the place asked (p 0.99), not the best match (p 0.27: near enough
    // to taken that the others are weighed as the lead)
    weights[Decision.FEATURES.indexOf("top_misses_wanted")] = -6;
    AnswerEngine placeFirst = new AnswerEngine(new PassageSearcher(index),
        new Decision(new LogisticModel(Decision.FEATURES, weights, 5, 0.5)));
    Answer landed = placeFirst.answer(question);
    assertTrue(landed.answered(), landed.lead());
    assertTrue(landed.quotes().get(0).text().contains("Port-au-Prince"), landed.quotes().get(0).text());
    assertTrue(landed.quotes().stream().anyMatch(q -> q.text().contains("has arrived in Haiti")),
        "the best match is still quoted after it: " + landed.quotes());
    // the shipped decision reads it so too
    Answer shipped = engine.answer(question);
    assertTrue(shipped.answered(), shipped.lead());
    assertTrue(shipped.quotes().get(0).text().contains("Port-au-Prince"), shipped.quotes().get(0).text());
    // a decision that takes no passage first takes none of the others either
    AnswerEngine never = new AnswerEngine(new PassageSearcher(index),
        new Decision(new LogisticModel(Decision.FEATURES, new double[Decision.FEATURES.size()], -5, 0.5)));
    assertFalse(never.answer(question).answered());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      how many years did MINUSTAH last | 13 years (c. 28 Oct 2022)
      how long was blinken's trip to canada? | 2 days (27 Oct 2022)
      combien de temps a duré la MINUSTAH ? | 13 ans (~28 octobre 2022)
      konbyen tan MINUSTAH te dire? | 13 ane (~28 oktòb 2022)
      """)
  void howLongIsAnsweredByADurationInTheAskersLanguage(String question, String lead) {
    assertEquals(lead, engine.answer(question).lead());
  }

  @ParameterizedTest
  @ValueSource(strings = {"how long is the mission", "mission duration"})
  void aDurationOfAnotherMissionTheSentenceNamesLeadsNoAnswer(String question) {
    Answer answer = engine.answer(question);
    // "a 13-year U.N. mission known as MINUSTAH": quoted, but not the mission asked about
    assertEquals(Outcome.ANSWERED, answer.outcome());
    assertEquals("", answer.lead());
    assertTrue(answer.quotes().stream().anyMatch(q -> q.text().contains("known as MINUSTAH")), answer.toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      How long was MINUSTAH. | 13 years (c. 28 Oct 2022)
      how long did minustah last? | 13 years (c. 28 Oct 2022)
      Quel pays dirige la mission ? | Kenya (14 mars 2024)
      """)
  void aValueOfTheThingTheQuestionNamesStillLeads(String question, String lead) {
    // MINUSTAH named in any case or punctuation; "(MSS)" in brackets is no other thing's name
    assertEquals(lead, engine.answer(question).lead());
  }

  @ParameterizedTest
  @ValueSource(strings = {"y is the haiti mision only at 40 percent capasity", "why is the mission at only 40% of capacity?"})
  void aFigureTheQuestionStatesLeadsNoAnswer(String question) {
    Answer answer = engine.answer(question);
    assertFalse(answer.lead().contains("40"), "the asker said 40% already: " + answer.lead());
  }

  @Test
  void aNameThatModifiesTheNounAskedAboutStillAnswers() {
    Answer answer = undecided.answer("whose government was the Montana Group negotiating with?");
    assertTrue(answer.lead().contains("Ariel Henry") || answer.lead().isEmpty(), answer.lead());
    assertFalse(answer.lead().contains("Clesca"), answer.lead());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Who chairs CARICOM? | Philip Davis (14 Mar 2024)
      wich other countrys are sending personel besides kenya | Benin, Chad, Bangladesh (25 Jun 2024)
      """)
  void theLeadNamesWhatTheSentenceSaysOfTheWordsAsked(String question, String lead) {
    // the lead, apart from the decision, whose call for "Who chairs CARICOM?" sits near its threshold
    assertEquals(lead, undecided.answer(question).lead(),
        "'chairman' is where 'chairs' matched; a misspelt plural is plural");
  }

  @Test
  void aSentenceThatOnlySupposesGivesNoLead() {
    // "have the capacity to lead a mission, including Canada": Canada does not lead it
    for (String question : List.of("which country leads the mission?", "which country is in charge of the mission?")) {
      assertFalse(engine.answer(question).lead().contains("Canada"), question);
    }
    assertTrue(engine.answer("how many kenyan police officers landed first?").lead().startsWith("400"), "a statement still leads");
  }

  @Test
  void aLeaderOrALeadershipIsWhatLeads() {
    // "Canada praised Kenya's leadership of the Multinational Security Support (MSS) mission"
    Answer answer = engine.answer("which country leads the mission?");
    assertTrue(answer.lead().startsWith("Kenya"), answer.lead());
    assertTrue(answer.quotes().get(0).text().contains("leadership"), answer.quotes().get(0).text());
  }
}
