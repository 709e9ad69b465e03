package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Only what Slack really sent is acted on, and once: a bad signature or a timestamp outside the window
 * gets 401, a retried event or a replayed command is answered once, and the URL challenge is echoed.
 */
class SlackChannelRequestChecksIT extends SlackChannelFixture {

  @Test
  void badSignatureIsRejectedWith401AndCannotMarkTheEventAsSeen() throws Exception {
    start(Map.of());
    String event = mention("Ev1", "C1", "100.1", null, "<@UBOT> Who is Jimmy Cherizier?");

    HttpResponse<String> forged = client.post(event, "application/json", Instant.now(), "wrong-secret");

    assertEquals(401, forged.statusCode());
    assertNull(slack.within("/api/chat.postMessage", 300));
    assertEquals(200, client.event(event).statusCode());
    assertEquals("100.1", slack.next("/api/chat.postMessage").form().get("thread_ts"));
  }

  @Test
  void aRequestDatedInTheFutureIsRejectedWith401() throws Exception {
    start(Map.of());
    String event = mention("Ev1", "C1", "100.1", null, "<@UBOT> Who is Jimmy Cherizier?");

    HttpResponse<String> ahead = client.post(event, "application/json", Instant.now().plus(Duration.ofMinutes(10)), SECRET);
    HttpResponse<String> farAhead = client.post(event, "application/json", Instant.now().plus(Duration.ofDays(365)), SECRET);

    assertEquals(401, ahead.statusCode());
    assertEquals(401, farAhead.statusCode());
    assertNull(slack.within("/api/chat.postMessage", 300));
    assertEquals(200, client.post(event, "application/json", Instant.now().plus(Duration.ofMinutes(2)), SECRET).statusCode(),
        "a clock a little ahead is within the window");
  }

  @Test
  void aSignedSlashCommandReplayedVerbatimIsAnsweredOnce() throws Exception {
    start(Map.of());
    String body = SignedClient.encode(command("How much has Canada pledged?", "c20"));
    Instant at = Instant.now();

    assertEquals(200, client.post(body, "application/x-www-form-urlencoded", at, SECRET).statusCode());
    assertEquals(200, client.post(body, "application/x-www-form-urlencoded", at, SECRET).statusCode());

    assertTrue(slack.next("/respond/c20").json().toString().contains("123"));
    assertNull(slack.within("/respond/c20", 1000), "the replay is acknowledged and not answered");
  }

  @Test
  void staleTimestampIsRejectedWith401() throws Exception {
    start(Map.of());
    String event = mention("Ev1", "C1", "100.1", null, "<@UBOT> Who is Jimmy Cherizier?");

    HttpResponse<String> stale = client.post(event, "application/json", Instant.now().minus(Duration.ofMinutes(10)), SECRET);

    assertEquals(401, stale.statusCode());
    assertNull(slack.within("/api/chat.postMessage", 300));
  }

  @Test
  void retriedEventIsAnsweredOnce() throws Exception {
    start(Map.of());
    String event = mention("Ev1", "C1", "100.1", null, "<@UBOT> Who is Jimmy Cherizier?");

    assertEquals(200, client.event(event).statusCode());
    assertEquals(200, client.event(event, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout").statusCode());

    slack.next("/api/chat.postMessage");
    assertNull(slack.within("/api/chat.postMessage", 1000));
  }

  @Test
  void urlVerificationChallengeIsEchoed() throws Exception {
    start(Map.of());

    HttpResponse<String> response = client.event("{\"token\":\"t\",\"challenge\":\"c-123\",\"type\":\"url_verification\"}");

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("c-123"), response.body());
  }
}
