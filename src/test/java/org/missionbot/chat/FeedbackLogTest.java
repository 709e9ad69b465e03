package org.missionbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.answer.Answer;
import org.missionbot.answer.Citation;
import org.missionbot.answer.Quote;

class FeedbackLogTest {

  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final byte[] KEY = "test-key".getBytes(StandardCharsets.UTF_8);
  private static final Answer ANSWERED = new Answer("How much has Canada pledged?", Answer.Outcome.ANSWERED, "$123 million",
      List.of(new Quote("Canada pledged $123 million.", new Citation("ap", "T", null, null, false, null), List.of())));
  private static final Answer UNANSWERED = Answer.unanswered("Why is the sky blue?", Answer.Outcome.NOT_IN_ARTICLES, "no");

  @TempDir
  Path dir;

  @Test
  void eachQuestionAndVoteIsOneJsonLineWithItsChannelOutcomeAndAPseudonym() throws Exception {
    Path file = dir.resolve("data/feedback.jsonl");
    FeedbackLog log = new FeedbackLog(file, CLOCK, KEY, Duration.ofDays(90));

    log.question("telegram", "a1", "tg:42", ANSWERED);
    log.vote("slack", "a1", "U2", ANSWERED, false);

    String person = log.pseudonym("tg:42");
    assertEquals(List.of(
        "{\"kind\":\"question\",\"time\":\"2026-01-02T03:04:05Z\",\"channel\":\"telegram\",\"answer_id\":\"a1\","
            + "\"user\":\"" + person + "\",\"question\":\"How much has Canada pledged?\",\"outcome\":\"answered\","
            + "\"sources\":[\"ap\"],\"answered\":true}",
        "{\"kind\":\"vote\",\"time\":\"2026-01-02T03:04:05Z\",\"channel\":\"slack\",\"answer_id\":\"a1\","
            + "\"user\":\"" + log.pseudonym("U2") + "\",\"question\":\"How much has Canada pledged?\","
            + "\"outcome\":\"answered\",\"sources\":[\"ap\"],\"vote\":\"down\"}"),
        Files.readAllLines(file, StandardCharsets.UTF_8));
    assertFalse(Files.readString(file).contains("tg:42") || Files.readString(file).contains("U2"), "no raw id is kept");
  }

  @Test
  void aPseudonymIsStableUnderItsKeyAndDiffersUnderAnother() throws Exception {
    FeedbackLog log = new FeedbackLog(dir.resolve("f.jsonl"), CLOCK, KEY, Duration.ofDays(1));
    FeedbackLog other = new FeedbackLog(dir.resolve("g.jsonl"), CLOCK, "other".getBytes(StandardCharsets.UTF_8),
        Duration.ofDays(1));

    assertEquals(log.pseudonym("U1"), log.pseudonym("U1"));
    assertTrue(log.pseudonym("U1").matches("[0-9a-f]{16}"), log.pseudonym("U1"));
    assertNotEquals(log.pseudonym("U1"), log.pseudonym("U3"));
    assertNotEquals(log.pseudonym("U1"), other.pseudonym("U1"));
  }

  @Test
  void withoutAKeyTheLogMakesOneBesideItReadableByItsOwnerOnlyAndKeepsIt() throws Exception {
    Path file = dir.resolve("data/feedback.jsonl");
    FeedbackLog first = FeedbackLog.open(file, null, Duration.ofDays(90), CLOCK);
    FeedbackLog second = FeedbackLog.open(file, "", Duration.ofDays(90), CLOCK);

    Path key = dir.resolve("data/feedback.jsonl.key");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    assertEquals(first.pseudonym("U1"), second.pseudonym("U1"), "the same key after a restart");
    assertNotEquals(first.pseudonym("U1"), FeedbackLog.open(file, "set-key", Duration.ofDays(90), CLOCK).pseudonym("U1"));
  }

  @Test
  void recordsOlderThanTheRetentionAreRemovedWhenTheLogOpensAndOnceADayAfter() throws Exception {
    Path file = dir.resolve("feedback.jsonl");
    Instant old = NOW.minus(Duration.ofDays(31));
    new FeedbackLog(file, Clock.fixed(old, ZoneOffset.UTC), KEY, Duration.ofDays(30)).question("console", "a0", "c", UNANSWERED);
    new FeedbackLog(file, Clock.fixed(NOW.minus(Duration.ofDays(2)), ZoneOffset.UTC), KEY, Duration.ofDays(30))
        .question("console", "a1", "c", ANSWERED);
    Files.writeString(file, "not json\n", java.nio.file.StandardOpenOption.APPEND);

    new FeedbackLog(file, CLOCK, KEY, Duration.ofDays(30));

    List<String> lines = Files.readAllLines(file);
    assertEquals(2, lines.size(), lines.toString());
    assertTrue(lines.get(0).contains("\"answer_id\":\"a1\""), "the recent record stays");
    assertEquals("not json", lines.get(1), "a line with no readable time is not known to be old, so it stays");

    org.missionbot.MutableClock moving = new org.missionbot.MutableClock();
    moving.advance(Duration.between(moving.instant(), NOW));
    FeedbackLog running = new FeedbackLog(file, moving, KEY, Duration.ofDays(30));
    moving.advance(Duration.ofDays(29));
    running.question("console", "a2", "c", ANSWERED); // a1 (day -2) is now 31 days old: the daily purge drops it
    assertFalse(Files.readString(file).contains("\"answer_id\":\"a1\""), Files.readString(file));
    assertTrue(Files.readString(file).contains("\"answer_id\":\"a2\""));
  }

  @Test
  void summaryCountsQuestionsUnansweredAndVotesInAllAndPerChannelAndADayAndSkipsBadLines() throws Exception {
    Path file = dir.resolve("feedback.jsonl");
    FeedbackLog log = new FeedbackLog(file, CLOCK, KEY, Duration.ofDays(90));
    log.question("slack", "a1", "U1", ANSWERED);
    log.question("telegram", "a2", "tg:1", UNANSWERED);
    log.question("telegram", "a3", "tg:2", UNANSWERED);
    log.question("telegram", "a4", "tg:2", ANSWERED);
    log.vote("slack", "a1", "U1", ANSWERED, true);
    log.vote("telegram", "a4", "tg:2", ANSWERED, false);
    log.vote("console", "a5", "console", ANSWERED, true);
    Files.writeString(file, "not json\n", java.nio.file.StandardOpenOption.APPEND);

    assertEquals("""
        questions: 4
        unanswered questions: 2
        votes: 3 (\ud83d\udc4d 2, \ud83d\udc4e 1)
        unreadable lines: 1
        most asked unanswered:
          2  Why is the sky blue?
        per channel:
          console: 0 questions, 0 answered, votes 1 (\ud83d\udc4d 1, \ud83d\udc4e 0)
          slack: 1 questions, 1 answered (100%), votes 1 (\ud83d\udc4d 1, \ud83d\udc4e 0)
          telegram: 3 questions, 1 answered (33%), votes 1 (\ud83d\udc4d 0, \ud83d\udc4e 1)
        questions a day (UTC, the last 7 with any):
          2026-01-02  4
        """, FeedbackLog.summarise(file));
  }

  @Test
  void summaryOfAMissingFileSaysSo() throws Exception {
    Path file = dir.resolve("none.jsonl");

    assertEquals("No feedback yet: " + file + " does not exist.\n", FeedbackLog.summarise(file));
  }
}
