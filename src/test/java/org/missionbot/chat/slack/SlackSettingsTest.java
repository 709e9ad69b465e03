package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {

  @Test
  void botAndAppTokensMeanSocketModeWithTheDefaults() {
    SlackSettings settings = SlackSettings.fromEnv(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"));

    assertTrue(settings.socketMode());
    assertEquals("https://slack.com/api/", settings.apiUrl());
    assertEquals(8080, settings.port());
    assertEquals(20, settings.rateLimit());
    assertEquals(Path.of("data/feedback.jsonl"), settings.feedback().file());
  }

  @Test
  void signingSecretWithoutAppTokenMeansHttpMode() {
    SlackSettings settings = SlackSettings.fromEnv(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s",
        "PORT", "9090", "SLACK_API_URL", "http://127.0.0.1:1/api", "SLACK_RATE_LIMIT", "5", "FEEDBACK_FILE", "/tmp/f.jsonl"));

    assertFalse(settings.socketMode());
    assertEquals(9090, settings.port());
    assertEquals("http://127.0.0.1:1/api/", settings.apiUrl());
    assertEquals(5, settings.rateLimit());
    assertEquals(Path.of("/tmp/f.jsonl"), settings.feedback().file());
  }

  @Test
  void everyProblemIsListedInOneError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SlackSettings.fromEnv(Map.of(
        "PORT", "eighty", "SLACK_RATE_LIMIT", "0", "SLACK_API_URL", "ftp://x")));

    assertTrue(e.getMessage().contains("SLACK_BOT_TOKEN is missing"), e.getMessage());
    assertTrue(e.getMessage().contains("SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET"), e.getMessage());
    assertTrue(e.getMessage().contains("PORT must be a whole number from 0 to 65535: eighty"), e.getMessage());
    assertTrue(e.getMessage().contains("SLACK_RATE_LIMIT must be at least 1: 0"), e.getMessage());
    assertTrue(e.getMessage().contains("SLACK_API_URL must be an http(s) URL: ftp://x"), e.getMessage());
  }

  @Test
  void aMistypedTokenIsNamedButNotShown() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SlackSettings.fromEnv(Map.of(
        "SLACK_BOT_TOKEN", "xapp-secret-value", "SLACK_SIGNING_SECRET", "s")));

    assertTrue(e.getMessage().contains("SLACK_BOT_TOKEN must start with xoxb-"), e.getMessage());
    assertFalse(e.getMessage().contains("secret-value"), e.getMessage());
  }

  @Test
  void toStringMasksEverySecret() {
    String shown = SlackSettings.fromEnv(Map.of("SLACK_BOT_TOKEN", "xoxb-bot-secret", "SLACK_APP_TOKEN", "xapp-app-secret",
        "SLACK_SIGNING_SECRET", "signing-secret")).toString();

    assertFalse(shown.contains("secret"), shown);
    assertTrue(shown.contains("mode=socket"), shown);
  }
}
