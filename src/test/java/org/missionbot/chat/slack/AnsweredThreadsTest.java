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
  void beyondItsCapacityThreadsAreForgotten() {
    AnsweredThreads ten = new AnsweredThreads("UBOT", 10);
    for (int i = 0; i < 1_000; i++) {
      ten.answeredIn("C1", i + ".1");
    }

    long remembered = java.util.stream.IntStream.range(0, 1_000)
        .filter(i -> ten.followUp("C1", i + ".2", i + ".1", "more?")).count();

    assertTrue(remembered <= 10, remembered + " threads remembered");
  }

  @Test
  void theBotsUserIdIsRequired() {
    assertThrows(IllegalArgumentException.class, () -> new AnsweredThreads(null, 10));
  }
}
