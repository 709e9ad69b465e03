package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuestionSubjectTest {

  @Test
  void whatIsNotAskedAboutIsBlankedInPlace() {
    assertEquals("what did        say about the mission?", QuestionSubject.blanked("what did my dad say about the mission?"));
    assertEquals("what was the money          to spend on?", QuestionSubject.blanked("what was the money supposed to spend on?"),
        "the verb after 'to' is what is asked about");
  }

  @Test
  void aPlaceAskedForWithANationalityLeavesTheNationality() {
    assertEquals("which Canadian      hosted the talks?", QuestionSubject.blanked("which Canadian city hosted the talks?"));
    assertEquals("which Mexico city hosted the talks?", QuestionSubject.blanked("which Mexico city hosted the talks?"),
        "a country's name is no nationality: 'Mexico City' is a name");
  }

  @Test
  void aQuestionThatSaysOnlyWhatItAsksIsLeftAsItIs() {
    assertEquals("how many kenyan police landed in haiti", QuestionSubject.blanked("how many kenyan police landed in haiti"));
  }
}
