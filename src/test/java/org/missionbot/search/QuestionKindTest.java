package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.missionbot.corpus.Mention;

class QuestionKindTest {

  @Test
  void eachKindWantsTheMentionThatAnswersItAndOtherNone() {
    assertEquals(Mention.Kind.MONEY, QuestionKind.AMOUNT.wants());
    assertEquals(Mention.Kind.DURATION, QuestionKind.DURATION.wants());
    assertEquals(Mention.Kind.PLACE, QuestionKind.PLACE.wants());
    assertEquals(Mention.Kind.NAME, QuestionKind.NAME.wants());
    assertEquals(null, QuestionKind.OTHER.wants());
  }
}
