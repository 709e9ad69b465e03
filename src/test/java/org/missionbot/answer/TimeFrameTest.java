package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Month;
import org.junit.jupiter.api.Test;

class TimeFrameTest {

  @Test
  void aMonthAndYearRestrictToThatMonth() {
    TimeFrame t = TimeFrame.of("What did Canada say in September 2025?");
    assertEquals(2025, t.year());
    assertEquals(Month.SEPTEMBER, t.month());
    assertEquals(Month.SEPTEMBER, TimeFrame.of("canada's position sept 2025").month());
  }

  @Test
  void aYearAfterAPrepositionRestrictsToThatYear() {
    TimeFrame t = TimeFrame.of("who was prime minister in 2022");
    assertEquals(2022, t.year());
    assertNull(t.month());
  }

  @Test
  void aYearThatIsPartOfTheSubjectRestrictsNothing() {
    assertEquals(0, TimeFrame.of("What happened after the 2021 assassination?").year());
    assertEquals(0, TimeFrame.of("When did Kenya volunteer, in 2023?").year(), "a when question asks for the date");
  }

  @Test
  void nowWordsAskForTheNewest() {
    assertTrue(TimeFrame.of("who is the prime minister now").latest());
    assertTrue(TimeFrame.of("What's the latest on the mission?").latest());
    assertTrue(TimeFrame.of("is canada still backing it").latest());
    assertFalse(TimeFrame.of("How much has Canada pledged?").newestFirst());
  }

  @Test
  void changeWordsAskForTheFiguresOverTime() {
    assertTrue(TimeFrame.of("How has Canada's pledge changed?").overTime());
    assertTrue(TimeFrame.of("did the gangs' control grow").newestFirst());
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
