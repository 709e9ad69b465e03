package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnsweredThreadsTest {

  private final AnsweredThreads threads = new AnsweredThreads("UBOT", 10);

  @Test
  void aPlainReplyInAThreadTheBotAnsweredIsAFollowUp() {
    threads.answeredIn("C1", "100.1");

    assertTrue(threads.followUp("C1", "100.5", "100.1", "and Kenya?"));
  }

  @Test
  void aReplyInAnotherThreadOrChannelIsNot() {
    threads.answeredIn("C1", "100.1");

    assertFalse(threads.followUp("C1", "200.5", "200.1", "and Kenya?"));
    assertFalse(threads.followUp("C2", "100.5", "100.1", "and Kenya?"));
  }

  @Test
  void aMessageOutsideAThreadOrStartingOneIsNot() {
    threads.answeredIn("C1", "100.1");

    assertFalse(threads.followUp("C1", "100.1", null, "and Kenya?"));
    assertFalse(threads.followUp("C1", "100.1", "100.1", "and Kenya?"));
  }

  @Test
  void aReplyMentioningTheBotIsLeftToItsAppMention() {
    threads.answeredIn("C1", "100.1");

    assertFalse(threads.followUp("C1", "100.5", "100.1", "<@UBOT> and Kenya?"));
    assertFalse(threads.followUp("C1", "100.5", "100.1", "and Kenya, <@UBOT|mission-bot>?"));
  }

  @Test
  void mentioningSomeoneElseIsStillAFollowUp() {
    threads.answeredIn("C1", "100.1");

    assertTrue(threads.followUp("C1", "100.5", "100.1", "<@UBOTTOM> and Kenya?"));
    assertFalse(threads.mentionsBot("<@UBOTTOM> hi"));
  }

  @Test
  void theLeastRecentlyUsedThreadIsForgottenBeyondCapacity() {
    AnsweredThreads two = new AnsweredThreads("UBOT", 2);
    two.answeredIn("C1", "1.1");
    two.answeredIn("C1", "2.1");
    two.followUp("C1", "1.2", "1.1", "more?");

    two.answeredIn("C1", "3.1");

    assertTrue(two.followUp("C1", "1.3", "1.1", "more?"));
    assertFalse(two.followUp("C1", "2.2", "2.1", "more?"));
  }

  @Test
  void theBotsUserIdIsRequired() {
    assertThrows(IllegalArgumentException.class, () -> new AnsweredThreads(null, 10));
  }
}
