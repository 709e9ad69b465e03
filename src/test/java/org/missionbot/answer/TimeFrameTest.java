package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeFrameTest {

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      how much of the capital did gangs hold in late 2022?     | 2022-09-01 | 2022-12-31
      who was haiti's prime minister as of mid-2024            | 2024-05-01 | 2024-08-31
      what did ottawa send in fall 2022?                       | 2022-09-01 | 2022-11-30
      what did ottawa send in the fall of 2022?                | 2022-09-01 | 2022-11-30
      who led haiti in the middle of 2024                      | 2024-05-01 | 2024-08-31
      who led the council in early 2024                        | 2024-01-01 | 2024-04-30
      how many officers were there by the end of 2024          | 2024-09-01 | 2024-12-31
      what changed between late 2022 and mid 2024              | 2022-09-01 | 2024-08-31
      since summer 2024, how many have arrived?                | 2024-06-01 |
      """)
  void aPartOfAYearIsAStretchOfItsMonths(String question, LocalDate from, LocalDate to) {
    TimeFrame time = TimeFrame.of(question);
    assertEquals(from, time.from(), question);
    assertEquals(to, time.to(), question);
    assertFalse(TimeFrame.withoutStretch(question).matches("(?i).*\\b(late|mid|middle|fall|early|end|summer)\\b.*"),
        "the part's words are the time's, no words to look for: " + TimeFrame.withoutStretch(question));
  }

  @Test
  void wordsThatOnlySayNowAreBlankedInPlace() {
    String question = "In the newest article, who is Canada's PM right now?";
    assertEquals("In the article, who is Canada's PM ?", TimeFrame.withoutNow(question).replaceAll("\\s+", " "));
    assertEquals(question.length(), TimeFrame.withoutNow(question).length(), "places hold");
    assertTrue(TimeFrame.of(question).latest());
  }

  @Test
  void aChangeBetweenTwoTimesNamedApartSpansBoth() {
    String question = "How much was Canada's March 2024 pledge compared with the June 2024 one?";
    TimeFrame time = TimeFrame.of(question);
    assertEquals(LocalDate.of(2024, 3, 1), time.from());
    assertEquals(LocalDate.of(2024, 6, 30), time.to());
    assertEquals("How much was Canada's pledge compared with the one?",
        TimeFrame.withoutStretch(question).replaceAll("\\s+", " "), "each time's words are blanked, the words between kept");
    TimeFrame bare = TimeFrame.of("how has the gangs' hold changed from the 2022 reporting to the 2024 reporting?");
    assertEquals(LocalDate.of(2022, 1, 1), bare.from());
    assertEquals(LocalDate.of(2024, 12, 31), bare.to());
    TimeFrame one = TimeFrame.of("what did the march 2024 article say about the 2021 assassination?");
    assertEquals(LocalDate.of(2024, 3, 31), one.to(), "no change asked: the first time named with its month is the stretch");
  }

  @Test
  void aTimeInOnePartAndAnEventInALaterOneAskHowAFigureChanged() {
    String question = "How much did Canada pledge in March 2024, and what's the figure by the time the Kenyans landed?";
    assertTrue(TimeFrame.asksAtTimeThenEvent(question));
    TimeFrame through = TimeFrame.of(question).through(LocalDate.of(2024, 6, 25));
    assertEquals(LocalDate.of(2024, 3, 1), through.from());
    assertEquals(LocalDate.of(2024, 6, 30), through.to(), "to the end of the event's month");
    assertTrue(through.overTime());
    String oneClause = "How much had Canada pledged by the time the Kenyans landed in June 2024?";
    assertFalse(TimeFrame.asksAtTimeThenEvent(oneClause), "the date dates the event itself");
    String noBreak = "what did ruto say in march 2024 when the kenyans were delayed";
    assertFalse(TimeFrame.asksAtTimeThenEvent(noBreak), "one clause: the time and the event are one");
  }

  @Test
  void twoTimesAskedOfApartAskWhatEachSaidOverTime() {
    String question = "How much did Canada pledge in March 2024, and what was the figure by June 2024?";
    TimeFrame time = TimeFrame.of(question);
    assertEquals(LocalDate.of(2024, 3, 1), time.from(), "the first time asked of is not the only one");
    assertEquals(LocalDate.of(2024, 6, 30), time.to());
    assertTrue(time.overTime(), "a figure asked at two times: the figures over time, newest first");
    assertEquals("How much did Canada pledge , and what was the figure ?",
        TimeFrame.withoutStretch(question).replaceAll("\\s+", " "), "neither time is a word to ask of a passage");
    TimeFrame same = TimeFrame.of("what happened in june 2024, and who landed in june 2024?");
    assertFalse(same.overTime(), "one time named twice is one time");
    assertEquals(LocalDate.of(2024, 6, 1), same.from());
    assertFalse(TimeFrame.of("what did the march 2024 article say about the 2021 assassination?").overTime(),
        "a year that names what is asked about is no second time");
  }

  @Test
  void aFrameKeptToTheMonthOfADay() {
    TimeFrame june = TimeFrame.of("who leads haiti").inMonthOf(LocalDate.of(2024, 6, 25));
    assertEquals(LocalDate.of(2024, 6, 1), june.from());
    assertEquals(LocalDate.of(2024, 6, 30), june.to());
    assertTrue(june.bounded());
  }

  @Test
  void aMonthAndYearRestrictToThatMonth() {
    TimeFrame t = TimeFrame.of("What did Canada say in September 2025?");
    assertEquals(LocalDate.of(2025, 9, 1), t.from());
    assertEquals(LocalDate.of(2025, 9, 30), t.to());
    assertEquals(LocalDate.of(2025, 9, 1), TimeFrame.of("canada's position sept 2025").from());
  }

  @Test
  void aYearAfterAPrepositionRestrictsToThatYear() {
    TimeFrame t = TimeFrame.of("who was prime minister in 2022");
    assertEquals(LocalDate.of(2022, 1, 1), t.from());
    assertEquals(LocalDate.of(2022, 12, 31), t.to());
  }

  @Test
  void aBareYearAmongKeywordsRestrictsToThatYear() {
    TimeFrame t = TimeFrame.of("haiti new pm name 2024");
    assertEquals(LocalDate.of(2024, 1, 1), t.from());
    assertEquals(LocalDate.of(2024, 12, 31), t.to());
    assertFalse(TimeFrame.of("which gangs does the 2022 report name").bounded(), "a question: the year names the report");
    assertFalse(TimeFrame.of("gang control capital 2022 2024").bounded(), "two years among keywords: neither is the one asked of");
  }

  @Test
  void aYearThatIsPartOfTheSubjectRestrictsNothing() {
    assertFalse(TimeFrame.of("What happened after the 2021 assassination?").bounded());
    assertFalse(TimeFrame.of("When did Kenya volunteer, in 2023?").bounded(), "a when question asks for the date");
    assertFalse(TimeFrame.of("what was the decision 2024 made by kenya").bounded(), "'decision' is no month");
  }

  @Test
  void aRangeRestrictsToBothEndsAndWhatLiesBetween() {
    TimeFrame t = TimeFrame.of("how has canada's pledge grown between march and june 2024");
    assertEquals(LocalDate.of(2024, 3, 1), t.from(), "the first end takes the year of the second");
    assertEquals(LocalDate.of(2024, 6, 30), t.to());
    assertTrue(t.overTime());
    TimeFrame u = TimeFrame.of("how did the planned force size change from march 2024 to sept 2025");
    assertEquals(LocalDate.of(2024, 3, 1), u.from());
    assertEquals(LocalDate.of(2025, 9, 30), u.to());
    TimeFrame years = TimeFrame.of("gang violence 2023-2025");
    assertEquals(LocalDate.of(2023, 1, 1), years.from());
    assertEquals(LocalDate.of(2025, 12, 31), years.to());
    assertFalse(TimeFrame.of("did kenya send more officers to haiti").bounded());
  }

  @Test
  void twoTimesSetSideBySideAskHowAThingChangedBetweenThem() {
    TimeFrame t = TimeFrame.of("canada pledge in march 2024 vs june 2024?");
    assertTrue(t.overTime());
    assertEquals(LocalDate.of(2024, 3, 1), t.from());
    assertEquals(LocalDate.of(2024, 6, 30), t.to());
    assertTrue(TimeFrame.of("force size 2024 versus 2025").overTime());
    assertEquals("canada pledge in", TimeFrame.withoutStretch("canada pledge in march 2024 vs june 2024").strip());
    assertFalse(TimeFrame.of("canada vs the us pledge").overTime(), "two countries side by side are no change over time");
  }

  @Test
  void oneEndLeavesTheOtherOpen() {
    TimeFrame since = TimeFrame.of("what has canada done since march 2024");
    assertEquals(LocalDate.of(2024, 3, 1), since.from());
    assertNull(since.to());
    TimeFrame before = TimeFrame.of("who led haiti before 2024");
    assertNull(before.from());
    assertEquals(LocalDate.of(2023, 12, 31), before.to());
    assertEquals(LocalDate.of(2024, 7, 1), TimeFrame.of("what happened after june 2024").from());
  }

  @Test
  void aClauseOpeningTheQuestionDatesAnEventThatIsOneEndItselfIncluded() {
    TimeFrame after = TimeFrame.of("After Ariel Henry resigned in early 2024, what was installed?");
    assertEquals(LocalDate.of(2024, 1, 1), after.from());
    assertNull(after.to());
    TimeFrame since = TimeFrame.of("Since the Kenyans landed in June 2024, how much has Canada pledged?");
    assertEquals(LocalDate.of(2024, 6, 1), since.from());
    TimeFrame before = TimeFrame.of("before the kenyans arrived in june 2024, what share of the capital did gangs hold?");
    assertNull(before.from());
    assertEquals(LocalDate.of(2024, 6, 30), before.to());
    assertEquals(", what was installed?", TimeFrame.withoutStretch("After Ariel Henry resigned in early 2024, what was installed?").strip());
    TimeFrame scene = TimeFrame.of("when the kenyans touched down in june 2024 who was haiti's prime minister");
    assertEquals(LocalDate.of(2024, 6, 1), scene.from(), "a 'when' clause sets the scene at its time");
    assertEquals(LocalDate.of(2024, 6, 30), scene.to());
    assertNull(TimeFrame.of("when did the kenyans land in june 2024, and why?").from(), "a 'when' that asks keeps no stretch");
    // a date in the clause asked, not in one opening the question, is the stretch as before
    assertEquals(LocalDate.of(2024, 6, 30), TimeFrame.of("what did canada pledge after the kenyans landed in june 2024").to());
  }

  @Test
  void aMonthWithoutItsYearIsTheLatestSuchMonthUpToTheArticlesDate() {
    TimeFrame april2025 = TimeFrame.of("in april 2025 what did the us envoy ask");
    LocalDate september2025 = LocalDate.of(2025, 9, 22);
    assertTrue(april2025.says("In April, US Ambassador to the UN Dorothy Shea had already asked", september2025));
    assertFalse(april2025.says("In April, US Ambassador to the UN Dorothy Shea had already asked", LocalDate.of(2024, 6, 25)),
        "in an article of June 2024, 'In April' is April 2024");
    assertTrue(TimeFrame.of("what happened in october 2024").says("In October, the force grew", LocalDate.of(2025, 3, 1)),
        "a month after the article's is the year before's");
    assertFalse(april2025.says("Ministers may meet again", september2025), "'may' the verb is no month");
    assertFalse(april2025.says("In April, Shea asked", null), "without the article's date a month alone says no year");
  }

  @Test
  void aRestrictionKeepsPassagesPublishedOrSayingADateWithinIt() {
    TimeFrame june = TimeFrame.of("what did canada pledge in june 2024");
    TimeFrame spring = TimeFrame.of("what did canada pledge between march and june 2024");
    assertTrue(june.says("the force arrived on June 25, 2024."));
    assertFalse(june.says("the force arrived in 2024."), "a year is not said to be within one month of it");
    assertTrue(spring.says("pledged in April 2024"));
    assertFalse(spring.says("pledged in July 2024"));
    assertTrue(spring.within(LocalDate.of(2024, 3, 15)));
    assertFalse(spring.within(LocalDate.of(2025, 9, 22)));
  }

  @Test
  void nowWordsAskForTheNewest() {
    assertTrue(TimeFrame.of("who is the prime minister now").latest());
    assertTrue(TimeFrame.of("What's the latest on the mission?").latest());
    assertTrue(TimeFrame.of("is canada still backing it").latest());
    assertTrue(TimeFrame.of("what has been happening to the port lately").latest(), "lately: of late, the present");
    assertFalse(TimeFrame.of("How much has Canada pledged?").newestFirst());
  }

  @Test
  void changeWordsAskForTheFiguresOverTime() {
    assertTrue(TimeFrame.of("How has Canada's pledge changed?").overTime());
    assertTrue(TimeFrame.of("did the gangs' control grow").newestFirst());
  }

  @Test
  void theChangeWordsLeaveTheWordsToAskOfAPassage() {
    String q = "how has the size of the force changed over time?";
    String without = TimeFrame.withoutChange(q);

    assertEquals(q.length(), without.length(), "offsets hold");
    assertEquals("how has the size of the force", without.replace("?", "").strip());
    assertEquals("how has canada's pledge", TimeFrame.withoutChange("how has canada's pledge grown").strip());
  }

  @Test
  void theStretchOfTimeLeavesTheWordsToAskOfAPassage() {
    String q = "how much did canada pledge in march 2024?";
    String without = TimeFrame.withoutStretch(q);

    assertEquals(q.length(), without.length(), "offsets hold");
    assertEquals("how much did canada pledge", without.strip().replace("?", "").strip());
    assertEquals("When did Kenya volunteer, in 2023?", TimeFrame.withoutStretch("When did Kenya volunteer, in 2023?"));
    assertEquals("What happened after the 2021 assassination?",
        TimeFrame.withoutStretch("What happened after the 2021 assassination?"));
    assertEquals("how has canada's pledge grown", TimeFrame.withoutStretch("how has canada's pledge grown between march and june 2024").strip());
  }

  @Test
  void whenWillAsksAboutTheFuture() {
    assertTrue(TimeFrame.asksFuture("when will the mission end?"));
    assertTrue(TimeFrame.asksFuture("When is the MSS mission supposed to end"));
    assertTrue(TimeFrame.asksFuture("when are the kenyans going to leave"));
    assertTrue(TimeFrame.asksFuture("when mission will end"), "a French or Creole question as read in English");
    assertFalse(TimeFrame.asksFuture("when did the police arrive?"));
    assertFalse(TimeFrame.asksFuture("when was the mission approved"));
  }

  @Test
  void nowWordsAreTold() {
    assertTrue(TimeFrame.isNow("current"));
    assertTrue(TimeFrame.isNow("latest"));
    assertFalse(TimeFrame.isNow("prime"));
  }
}
