package org.missionbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

  @TempDir
  Path home;

  private void file(String text) throws IOException {
    Files.createDirectories(home.resolve("config"));
    Files.writeString(home.resolve("config").resolve(Settings.FILE), text);
  }

  @Test
  void theFileGivesValuesAndTheEnvironmentOverridesThem() throws IOException {
    file("PORT=9000\nSLACK_RATE_LIMIT=5\nFEEDBACK_FILE=\n");

    Settings settings = Settings.load(new Home(home), Map.of("SLACK_RATE_LIMIT", "7"));

    assertEquals("9000", settings.values().get("PORT"));
    assertEquals("7", settings.values().get("SLACK_RATE_LIMIT"));
    assertFalse(settings.values().containsKey("FEEDBACK_FILE"), "an empty value means the default");
  }

  @Test
  void noFileMeansTheEnvironmentAlone() throws IOException {
    Map<String, String> env = new HashMap<>(Map.of("TELEGRAM_BOT_TOKEN", "123:abc"));
    env.put("BLANK", "  ");

    Settings settings = Settings.load(new Home(home), env);

    assertEquals(Map.of("TELEGRAM_BOT_TOKEN", "123:abc"), settings.values());
  }

  @Test
  void aSecretInTheFileIsRefusedByNameWithoutItsValue() throws IOException {
    file("PORT=9000\nTELEGRAM_BOT_TOKEN=123:leaked-token\nREDIS_URL=redis://:hunter2@cache:6379\n");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Settings.load(new Home(home), Map.of()));

    assertTrue(e.getMessage().contains("holds REDIS_URL, TELEGRAM_BOT_TOKEN: secrets belong in the environment only"),
        e.getMessage());
    assertFalse(e.getMessage().contains("leaked-token") || e.getMessage().contains("hunter2"), e.getMessage());
  }

  @Test
  void aRedisUrlWithoutAPasswordMayStayInTheFile() throws IOException {
    file("REDIS_URL=redis://cache:6379\n");

    assertEquals("redis://cache:6379", Settings.load(new Home(home), Map.of()).values().get("REDIS_URL"));
  }

  @Test
  void secretsNeverShowInItsText() throws IOException {
    Settings settings = Settings.load(new Home(home), Map.of("SLACK_BOT_TOKEN", "xoxb-secret", "PORT", "8081"));

    assertFalse(settings.toString().contains("xoxb-secret"), settings.toString());
    assertTrue(settings.toString().contains("SLACK_BOT_TOKEN=****"), settings.toString());
    assertTrue(settings.toString().contains("PORT=8081"), settings.toString());
  }

  @Test
  void theCommittedFileHoldsNoSecret() throws IOException {
    String committed = Files.readString(Path.of("config", Settings.FILE));
    for (String key : new String[] {"TELEGRAM_BOT_TOKEN", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"}) {
      assertTrue(Settings.isSecret(key));
      assertFalse(committed.lines().anyMatch(l -> l.startsWith(key + "=")), key + " must not be set in the file");
    }
  }
}
