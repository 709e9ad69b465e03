package org.missionbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class QuestionLogTest {

  @Test
  void lineHasChannelConversationOutcomeLatencyAndQuestion() {
    assertEquals("question channel=slack conversation=slack:C1:100.1 outcome=answered latency_ms=12 "
        + "text=\"How much has Canada pledged?\"",
        QuestionLog.line("slack", "slack:C1:100.1", null, Metrics.Outcome.ANSWERED, Duration.ofMillis(12),
            "How much has Canada pledged?"));
  }

  @Test
  void theAdaptersIdOfTheMessageFollowsTheConversation() {
    assertEquals("question channel=telegram conversation=tg:chat:101 ref=update:7 outcome=rate_limited latency_ms=1 "
        + "text=\"Who?\"",
        QuestionLog.line("telegram", "tg:chat:101", "update:7", Metrics.Outcome.RATE_LIMITED, Duration.ofMillis(1), "Who?"));
  }

  @Test
  void outcomesAreWrittenInLowerCase() {
    assertEquals("question channel=telegram conversation=tg:7 outcome=not_answered latency_ms=0 text=\"\"",
        QuestionLog.line("telegram", "tg:7", null, Metrics.Outcome.NOT_ANSWERED, Duration.ZERO, ""));
  }

  @Test
  void controlAndFormatCharactersOfAQuestionOrItsIdsNeverReachTheLogRaw() {
    String line = QuestionLog.line("slack", "C1\u001b[2J", "event:\u0000x", Metrics.Outcome.ANSWERED, Duration.ZERO,
        "who\u001b[31m is\u0085 \u2028 forged=1 \u202etxt.exe \u0007?");

    assertEquals("question channel=slack conversation=C1\\u001b[2J ref=event:\\u0000x outcome=answered latency_ms=0 "
        + "text=\"who\\u001b[31m is\\u0085 \\u2028 forged=1 \\u202etxt.exe \\u0007?\"", line);
    assertTrue(line.chars().noneMatch(c -> Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT
        || Character.getType(c) == Character.LINE_SEPARATOR), line);
  }

  @Test
  void longQuestionIsCutAtEightyCharacters() {
    String question = "a".repeat(79) + "bcdef";

    assertEquals("a".repeat(79) + "b…", QuestionLog.shortened(question));
  }

  @Test
  void questionStaysOnOneLineWithItsQuotesEscaped() {
    assertEquals("Who is \\\"Barbecue\\\"? and more", QuestionLog.shortened("Who is \"Barbecue\"?\n\tand   more"));
  }

  @Test
  void spacesInAConversationKeyDoNotSplitTheLine() {
    assertEquals("question channel=console conversation=a_b outcome=error latency_ms=5 text=\"x\"",
        QuestionLog.line("console", "a b", null, Metrics.Outcome.ERROR, Duration.ofMillis(5), "x"));
  }
}
