package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionbot.config.Secret;

class TelegramSettingsTest {

  private static final String TOKEN = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ";

  @Test
  void onlyTheTokenIsNeededAndEverythingElseHasItsDefault() {
    TelegramSettings settings = TelegramSettings.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", TOKEN));

    assertEquals(URI.create("https://api.telegram.org"), settings.apiUrl());
    assertNull(settings.webhookUrl());
    assertFalse(settings.webhook());
    assertEquals(8080, settings.port());
    assertEquals(20, settings.rateLimit());
    assertEquals(4, settings.maxConcurrent());
  }

  @Test
  void portZeroPicksAFreePortAsTheReadmeSaysAndANegativeOneIsRefused() {
    assertEquals(0, TelegramSettings.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "PORT", "0")).port());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TelegramSettings.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "PORT", "-1")));
    assertTrue(e.getMessage().contains("PORT"), e.getMessage());
  }

  @Test
  void everyVariableIsRead() {
    TelegramSettings settings = TelegramSettings.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", TOKEN,
        "TELEGRAM_API_URL", "http://127.0.0.1:9000", "TELEGRAM_WEBHOOK_URL", "https://bot.example.org/tg",
        "TELEGRAM_WEBHOOK_SECRET", "s3cret-value", "PORT", "9090", "TELEGRAM_RATE_LIMIT", "5",
        "TELEGRAM_MAX_CONCURRENT", "2"));

    assertEquals(new TelegramSettings(Secret.of(TOKEN), URI.create("http://127.0.0.1:9000"),
        URI.create("https://bot.example.org/tg"), Secret.of("s3cret-value"), 9090, 5, 2), settings);
    assertEquals(TOKEN, settings.token().reveal());
    assertTrue(settings.webhook());
  }

  @Test
  void everyProblemIsListedInOneError() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> TelegramSettings.fromEnv(
        Map.of("TELEGRAM_WEBHOOK_URL", "ftp://x", "PORT", "eighty", "TELEGRAM_MAX_CONCURRENT", "0")));

    assertEquals("Telegram settings: PORT must be a whole number from 0 to 65535: eighty; "
        + "TELEGRAM_BOT_TOKEN is not set (create a bot with @BotFather to get one); "
        + "TELEGRAM_WEBHOOK_URL must be an http(s) address: ftp://x; "
        + "TELEGRAM_WEBHOOK_SECRET must be 1-256 letters, digits, _ or - when TELEGRAM_WEBHOOK_URL is set; "
        + "TELEGRAM_MAX_CONCURRENT must be between 1 and 256: 0", error.getMessage());
  }

  @Test
  void toStringMasksTheTokenAndTheSecret() {
    TelegramSettings settings = new TelegramSettings(Secret.of(TOKEN), URI.create("https://api.telegram.org"),
        URI.create("https://bot.example.org/tg"), Secret.of("s3cret-value"), 8080, 20, 4);

    assertEquals("TelegramSettings[token=<redacted>, apiUrl=https://api.telegram.org, "
        + "webhookUrl=https://bot.example.org/tg, webhookSecret=<redacted>, port=8080, rateLimit=20, maxConcurrent=4, "
        + "answeredFile=data/telegram-answered.txt]", settings.toString());
  }

  @Test
  void redactMasksTheTokenInsideABotApiAddress() {
    TelegramSettings settings = TelegramSettings.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", TOKEN));

    assertEquals("failed: https://api.telegram.org/bot<redacted>/getMe",
        settings.redact("failed: https://api.telegram.org/bot" + TOKEN + "/getMe"));
  }
}
