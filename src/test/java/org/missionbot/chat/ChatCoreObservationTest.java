package org.missionbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.missionbot.BundledBot;

/** Every question through the chat core is counted and logged once, under the core's channel. */
class ChatCoreObservationTest {

  @RegisterExtension
  static final BundledBot BUNDLED = new BundledBot();

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Metrics metrics = new Metrics();

  private ChatCore core(int perMinute) {
    Clock clock = Clock.systemUTC();
    return new ChatCore(BUNDLED.bot(), new FollowUps(Duration.ofMinutes(10), 10, clock),
        new RateLimiter(perMinute, Duration.ofMinutes(1), clock), "chat", new Metrics(), new QuestionLog(lines::add))
        .observedAs("telegram", metrics);
  }

  @Test
  void answeredNotAnsweredAndRateLimitedQuestionsAreCountedAndLogged() {
    ChatCore core = core(2);

    core.ask("tg:1", "u1", "How much has Canada pledged?", "update:7");
    core.ask("tg:1", "u1", " ");
    core.ask("tg:1", "u1", "How much has Canada pledged?");

    String text = metrics.prometheus();
    assertTrue(text.contains("questions_total{channel=\"telegram\"} 3\n"), text);
    assertTrue(text.contains("answered_total{channel=\"telegram\"} 1\n"), text);
    assertTrue(text.contains("not_answered_total{channel=\"telegram\"} 2\n"), text);
    assertTrue(text.contains("answer_latency_seconds_count{channel=\"telegram\"} 3\n"), text);
    assertEquals(3, lines.size());
    assertTrue(lines.get(0).matches("question channel=telegram conversation=tg:1 ref=update:7 outcome=answered latency_ms=\\d+ "
        + "text=\"How much has Canada pledged\\?\""), lines.get(0));
    assertTrue(lines.get(1).contains(" outcome=not_answered "), lines.get(1));
    assertTrue(lines.get(2).contains(" outcome=rate_limited "), lines.get(2));
  }

  @Test
  void aFailingAnswerIsCountedAsAnErrorAndStillLogged() {
    Clock broken = new Clock() {
      @Override
      public java.time.ZoneId getZone() {
        return java.time.ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public java.time.Instant instant() {
        throw new IllegalStateException("the clock broke");
      }
    };
    ChatCore core = new ChatCore(BUNDLED.bot(), new FollowUps(Duration.ofMinutes(10), 10, Clock.systemUTC()),
        new RateLimiter(5, Duration.ofMinutes(1), broken), "telegram", metrics, new QuestionLog(lines::add));

    assertThrows(IllegalStateException.class, () -> core.ask("tg:2", "u2", "How much has Canada pledged?"));

    String text = metrics.prometheus();
    assertTrue(text.contains("questions_total{channel=\"telegram\"} 1\n"), text);
    assertTrue(text.contains("errors_total{channel=\"telegram\"} 1\n"), text);
    assertEquals(1, lines.size());
    assertTrue(lines.get(0).contains(" outcome=error "), lines.get(0));
  }
}
