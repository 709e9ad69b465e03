package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.answer.Answer;
import org.missionbot.answer.Citation;
import org.missionbot.answer.Quote;

class FeedbackLogTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
  private static final Answer ANSWERED = new Answer("How much has Canada pledged?", Answer.Outcome.ANSWERED, "$123 million",
      List.of(new Quote("Canada pledged $123 million.", new Citation("ap", "T", null, null, false, null), List.of())));
  private static final Answer UNANSWERED = Answer.unanswered("Why is the sky blue?", Answer.Outcome.NOT_IN_ARTICLES, "no");

  @TempDir
  Path dir;

  @Test
  void eachQuestionAndVoteIsOneJsonLine() throws Exception {
    Path file = dir.resolve("data/feedback.jsonl");
    FeedbackLog log = new FeedbackLog(file, CLOCK);

    log.question("a1", "U1", ANSWERED);
    log.vote("a1", "U2", ANSWERED, false);

    assertEquals(List.of(
        "{\"kind\":\"question\",\"time\":\"2026-01-02T03:04:05Z\",\"answer_id\":\"a1\",\"user\":\"U1\","
            + "\"question\":\"How much has Canada pledged?\",\"sources\":[\"ap\"],\"answered\":true}",
        "{\"kind\":\"vote\",\"time\":\"2026-01-02T03:04:05Z\",\"answer_id\":\"a1\",\"user\":\"U2\","
            + "\"question\":\"How much has Canada pledged?\",\"sources\":[\"ap\"],\"vote\":\"down\"}"),
        Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  @Test
  void summaryCountsQuestionsUnansweredAndVotesAndSkipsBadLines() throws Exception {
    Path file = dir.resolve("feedback.jsonl");
    FeedbackLog log = new FeedbackLog(file, CLOCK);
    log.question("a1", "U1", ANSWERED);
    log.question("a2", "U1", UNANSWERED);
    log.question("a3", "U2", UNANSWERED);
    log.vote("a1", "U1", ANSWERED, true);
    log.vote("a2", "U1", UNANSWERED, false);
    log.vote("a1", "U3", ANSWERED, true);
    Files.writeString(file, "not json\n", java.nio.file.StandardOpenOption.APPEND);

    assertEquals("""
        questions: 3
        unanswered questions: 2
        votes: 3 (\ud83d\udc4d 2, \ud83d\udc4e 1)
        unreadable lines: 1
        most asked unanswered:
          2  Why is the sky blue?
        """, FeedbackLog.summarise(file));
  }

  @Test
  void summaryOfAMissingFileSaysSo() throws Exception {
    Path file = dir.resolve("none.jsonl");

    assertEquals("No feedback yet: " + file + " does not exist.\n", FeedbackLog.summarise(file));
  }
}
