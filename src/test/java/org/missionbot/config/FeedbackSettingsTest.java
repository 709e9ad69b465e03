package org.missionbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedbackSettingsTest {

  @Test
  void unsetOrEmptySettingsTakeTheirDefaults() {
    assertEquals(FeedbackSettings.DEFAULTS, FeedbackSettings.fromEnv(Map.of()));
    assertEquals(FeedbackSettings.DEFAULTS, FeedbackSettings.fromEnv(Map.of("FEEDBACK_FILE", " ", "FEEDBACK_KEY", "",
        "FEEDBACK_RETENTION_DAYS", "")));
    assertNull(FeedbackSettings.DEFAULTS.key(), "no key: the log keeps one of its own");
  }

  @Test
  void theThreeSettingsAreReadAndTheKeyNeverPrinted() {
    FeedbackSettings settings = FeedbackSettings.fromEnv(Map.of("FEEDBACK_FILE", "/tmp/f.jsonl ",
        "FEEDBACK_KEY", "k-very-secret", "FEEDBACK_RETENTION_DAYS", " 30"));

    assertEquals(Path.of("/tmp/f.jsonl"), settings.file());
    assertEquals("k-very-secret", settings.key().reveal());
    assertEquals(Duration.ofDays(30), settings.retention());
    assertFalse(settings.toString().contains("k-very-secret"), settings.toString());
  }

  @Test
  void aWrongRetentionIsNamedWithWhatIsWrong() {
    IllegalArgumentException words = assertThrows(IllegalArgumentException.class,
        () -> FeedbackSettings.fromEnv(Map.of("FEEDBACK_RETENTION_DAYS", "ninety")));
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> FeedbackSettings.fromEnv(Map.of("FEEDBACK_RETENTION_DAYS", "0")));

    assertTrue(words.getMessage().contains("FEEDBACK_RETENTION_DAYS must be a whole number of days: ninety"), words.getMessage());
    assertTrue(zero.getMessage().contains("FEEDBACK_RETENTION_DAYS must be at least 1"), zero.getMessage());
  }
}
