package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missionbot.answer.AnswerEngineFixture.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionbot.answer.Answer.Outcome;

/**
 * Questions of time: a day read against its article's date, a time the question names or dates by an event, and
 * the future, which no day or year already passed answers.
 */
class AnswerEngineTimeTest {

  @Test
  void whenSomeoneCameToAPostIsAnsweredOnlyByASentenceThatTellsOfIt() {
    assertFalse(engine.answer("When did William Ruto become president of Kenya?").answered(),
        "a dated sentence on President Ruto tells nothing of when he became it");
    assertFalse(engine.answer("in what year did ariel henry take office as haiti's prime minister").answered());
    Answer blinken = engine.answer("When did Blinken become the top US diplomat?");
    assertTrue(blinken.answered(), "'since he became the top US diplomat in January 2021'");
    assertTrue(blinken.lead().contains("January 2021"), blinken.lead());
  }

  @Test
  void aDayThatHadPassedIsNoLeadForWhatWillHappen() {
    // "announced plans Thursday to deploy": Thursday is when it was announced, not when it will be
    Answer answer = engine.answer("When will Kenya send the reconnaissance mission?");

    assertEquals("", answer.lead());
    assertTrue(answer.quotes().stream().anyMatch(q -> q.text().contains("viable administration")), answer.quotes().toString());
    assertEquals("Thursday 14 Mar 2024", engine.answer("When did Ruto announce the reconnaissance mission?").lead());
  }

  @Test
  void aWeekdayIsResolvedAgainstTheArticleDate() {
    Answer answer = engine.answer("When did the first Kenyan police land in Haiti?");

    assertEquals("Tuesday 25 Jun 2024", answer.lead());
  }

  @Test
  void aClauseOnOneSideOfAnEventIsReadAsTheTimeAskedNotAsWordsToMatch() {
    String question = "Before the Kenyans arrived, who had been appointed Haiti's prime minister?";
    String report = engine.explain(question);

    assertTrue(report.contains("searched as:"), report);
    assertFalse(report.contains("searched as: Before the Kenyans arrived"), "the event's clause is no words to search: " + report);
    assertFalse(report.contains("time TimeFrame[from=2024"), "before an event is not its month: " + report);
    Answer answer = engine.answer(question);
    assertTrue(answer.answered(), report);
    assertTrue(answer.quotes().get(0).text().contains("Garry Conille"), answer.quotes().toString());
  }

  @Test
  void aClauseOpeningTheQuestionLeavesWhatCameAfterItsDate() {
    Answer installed = engine.answer("After Ariel Henry resigned in early 2024, what was installed?");

    assertEquals(Outcome.ANSWERED, installed.outcome());
    assertTrue(installed.quotes().get(0).text().contains("Transitional Presidential Council was installed"),
        installed.quotes().toString());
  }

  @Test
  void aFigureOfTheMonthAskedAboutLeads() {
    Answer march = engine.answer("how much did canada pledge in march 2024?");
    Answer june = engine.answer("How much had Canada pledged by June 2024?");

    assertTrue(march.lead().startsWith("$80.5 million"), march.lead());
    assertTrue(june.lead().contains("$123 million") && !june.lead().contains("80.5"), june.lead());
  }

  @ParameterizedTest
  @ValueSource(strings = {"when will the mission end?", "Kile misyon Kenyan an ap fini?"})
  void theDayAnArticleReportsIsNoDateStillToCome(String question) {
    assertFalse(engine.answer(question).answered(), "'Monday, September 22, 2025' in an article of that day has passed");
  }

  @Test
  void aRangeOfMonthsKeepsBothEnds() {
    Answer answer = engine.answer("what did canada pledge between march and june 2024");

    assertTrue(answer.quotes().stream().anyMatch(q -> q.text().contains("$80.5 million")), answer.quotes().toString());
    assertTrue(answer.quotes().stream().anyMatch(q -> q.text().contains("$123 million")), answer.quotes().toString());
    assertTrue(engine.answer("what did canada pledge between april and may 2024").quotes().stream()
        .noneMatch(q -> q.text().contains("million")), "neither end of the pledge lies in april or may");
  }

  @Test
  void aQuestionAboutTheFutureWithNoDateToComeIsNotAnswered() {
    assertEquals(Outcome.NOT_IN_ARTICLES, engine.answer("when will the mission end?").outcome());
  }

  @Test
  void aWeekdayThatHadPassedDoesNotAnswerAQuestionAboutTheFuture() {
    // 001: "The first group of 400 Kenyan police officers landed in Port-au-Prince on Tuesday"
    assertEquals(Outcome.NOT_IN_ARTICLES,
        engine.answer("when will the rest of the kenyan officers arrive in port-au-prince").outcome());
    assertTrue(engine.answer("when did the first kenyan officers land in port-au-prince?").lead().contains("Jun"),
        "a past question still gets the day");
  }

  @Test
  void whatSomethingToComeWaitsOnAnswersWhenItWillHappen() {
    // 003: "He said Kenya will deploy a reconnaissance mission once a viable administration is established in Haiti."
    Answer answer = engine.answer("When will Kenya send the reconnaissance mission?");

    assertEquals(Outcome.ANSWERED, answer.outcome());
    assertTrue(answer.quotes().stream().anyMatch(q -> q.text().contains("once a viable administration")));
  }

  @Test
  void aDateAskedOfWhatTheArticlesDoNotDateIsNotAnswered() {
    assertEquals(Outcome.NOT_IN_ARTICLES, engine.answer("what's the date set for haiti's free and fair elections?").outcome());
  }

  @Test
  void aYearThatDatesAnotherNounIsNoAnswer() {
    // 003: "following Henry's resignation earlier this week and the 2021 assassination of President Jovenel Moise"
    Answer resigned = engine.answer("when did henry resign?");
    Answer killed = engine.answer("when was moise assassinated?");

    assertFalse(resigned.lead().contains("2021"), resigned.lead());
    assertTrue(killed.lead().startsWith("July 2021"), killed.lead());
  }

  @Test
  void aPastYearDoesNotAnswerAQuestionAboutTheFuture() {
    // 002 says MINUSTAH ended in 2017; that is no answer to when this mission will
    Answer answer = engine.answer("when will the mission end?");

    assertFalse(answer.lead().contains("2017"), answer.lead());
    assertTrue(engine.answer("When did MINUSTAH end?").quotes().stream().anyMatch(q -> q.text().contains("2017")),
        "a past question still gets the past year");
  }
}
