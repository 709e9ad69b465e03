package org.missionbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FollowUpsTest {

  private final org.missionbot.MutableClock clock = new org.missionbot.MutableClock();
  private final FollowUps followUps = new FollowUps(Duration.ofMinutes(10), 2, clock);

  @Test
  void andNameReplacesTheSubjectOfThePreviousQuestion() {
    followUps.resolve("chat", "How much has Canada pledged?");
    assertEquals("How much has Kenya pledged?", followUps.resolve("chat", "and Kenya?"));
  }

  @Test
  void aQuestionTooLongToAnswerIsNotKeptForFollowUps() {
    String huge = "How much has Canada pledged " + "and then some ".repeat(3000) + "?";
    followUps.resolve("chat", huge);

    assertEquals("and Kenya?", followUps.resolve("chat", "and Kenya?"), "nothing of 40 KB is held for the next message");
  }

  @Test
  void whatAboutReplacesAMultiWordSubject() {
    assertEquals("Who is Monique Clesca?", FollowUps.complete("Who is Jimmy Cherizier?", "what about Monique Clesca"));
  }

  @Test
  void aTimeOrPlaceIsAddedRatherThanSubstituted() {
    assertEquals("How much has Canada pledged in 2022?", FollowUps.complete("How much has Canada pledged?", "and in 2022?"));
  }

  @Test
  void aFollowUpWithoutASubjectToReplaceIsAppended() {
    assertEquals("how much was pledged for equipment?", FollowUps.complete("how much was pledged?", "and for equipment"));
  }

  @Test
  void aNewQuestionIsLeftAsItIs() {
    followUps.resolve("chat", "How much has Canada pledged?");
    assertEquals("Who is Jimmy Cherizier?", followUps.resolve("chat", "Who is Jimmy Cherizier?"));
  }

  @Test
  void conversationsAreKeptApart() {
    followUps.resolve("a", "How much has Canada pledged?");
    assertEquals("and Kenya?", followUps.resolve("b", "and Kenya?"));
  }

  @Test
  void aFollowUpAfterTheMemoryExpiredIsTakenAsItIs() {
    followUps.resolve("chat", "How much has Canada pledged?");
    clock.advance(Duration.ofMinutes(11));
    assertEquals("and Kenya?", followUps.resolve("chat", "and Kenya?"));
  }

  @Test
  void theLeastRecentlyUsedConversationIsForgottenBeyondCapacity() {
    followUps.resolve("a", "How much has Canada pledged?");
    followUps.resolve("b", "Who is Jimmy Cherizier?");
    followUps.resolve("c", "When was Jovenel Moise killed?");
    assertEquals("and Kenya?", followUps.resolve("a", "and Kenya?"));
  }

  @Test
  void theResolvedQuestionBecomesThePreviousOne() {
    followUps.resolve("chat", "How much has Canada pledged?");
    followUps.resolve("chat", "and Kenya?");
    assertEquals("How much has Haiti pledged?", followUps.resolve("chat", "and Haiti?"));
  }

  @Test
  void rejectsANonPositiveTtlOrCapacity() {
    assertThrows(IllegalArgumentException.class, () -> new FollowUps(Duration.ZERO, 1, clock));
    assertThrows(IllegalArgumentException.class, () -> new FollowUps(Duration.ofMinutes(1), 0, clock));
  }

}
