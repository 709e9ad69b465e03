package org.missionbot.chat.telegram;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.missionbot.config.Port;
import org.missionbot.config.Secret;
import java.util.regex.Pattern;

/**
 * The Telegram channel's configuration, read once from the environment. The token and the webhook
 * secret are {@link Secret}s, which never print; {@link #redact(String)} masks them in any other text.
 *
 * @param token the bot's token from @BotFather ({@code TELEGRAM_BOT_TOKEN}), required
 * @param apiUrl the Bot API server ({@code TELEGRAM_API_URL}), https://api.telegram.org by default
 * @param webhookUrl the public address Telegram posts updates to ({@code TELEGRAM_WEBHOOK_URL}), or
 *     null for long polling
 * @param webhookSecret what Telegram sends in the X-Telegram-Bot-Api-Secret-Token header
 *     ({@code TELEGRAM_WEBHOOK_SECRET}), required with a webhook, else null
 * @param port the port the webhook is served on ({@code PORT}), 8080 by default
 * @param rateLimit questions a minute per person ({@code TELEGRAM_RATE_LIMIT}), 20 by default
 * @param maxConcurrent answers worked on at once ({@code TELEGRAM_MAX_CONCURRENT}), 4 by default
 * @param answeredFile the record of the updates answered ({@code TELEGRAM_ANSWERED_FILE}),
 *     {@value #DEFAULT_ANSWERED_FILE} by default
 */
public record TelegramSettings(Secret token, URI apiUrl, URI webhookUrl, Secret webhookSecret, int port,
                               int rateLimit, int maxConcurrent, Path answeredFile) {

  public static final String DEFAULT_API_URL = "https://api.telegram.org";
  public static final String DEFAULT_ANSWERED_FILE = "data/telegram-answered.txt";
  private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

  /** Settings that keep the answered updates in the default file. */
  public TelegramSettings(Secret token, URI apiUrl, URI webhookUrl, Secret webhookSecret, int port, int rateLimit,
      int maxConcurrent) {
    this(token, apiUrl, webhookUrl, webhookSecret, port, rateLimit, maxConcurrent, Path.of(DEFAULT_ANSWERED_FILE));
  }

  public TelegramSettings {
    List<String> problems = problems(token == null ? null : token.reveal(), apiUrl, webhookUrl,
        webhookSecret == null ? null : webhookSecret.reveal(), port, rateLimit, maxConcurrent);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Telegram settings: " + String.join("; ", problems));
    }
  }

  /** Reads the settings; every problem is listed in one {@link IllegalArgumentException}. */
  public static TelegramSettings fromEnv(Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    URI api = uri(env, "TELEGRAM_API_URL", DEFAULT_API_URL, problems);
    URI webhook = uri(env, "TELEGRAM_WEBHOOK_URL", null, problems);
    int port = Port.of(env, problems);
    int rate = number(env, "TELEGRAM_RATE_LIMIT", 20, problems);
    int concurrent = number(env, "TELEGRAM_MAX_CONCURRENT", 4, problems);
    String token = value(env, "TELEGRAM_BOT_TOKEN", null);
    String secret = value(env, "TELEGRAM_WEBHOOK_SECRET", null);
    problems.addAll(problems(token, api, webhook, secret, port, rate, concurrent));
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Telegram settings: " + String.join("; ", problems));
    }
    Path answered = Path.of(value(env, "TELEGRAM_ANSWERED_FILE", DEFAULT_ANSWERED_FILE));
    return new TelegramSettings(Secret.of(token), api, webhook, Secret.of(secret), port, rate, concurrent, answered);
  }

  /** Whether updates come to a webhook rather than by long polling. */
  public boolean webhook() {
    return webhookUrl != null;
  }

  /** The text with the token and the webhook secret masked, for logs and error messages. */
  public String redact(String text) {
    return Secret.redact(text == null ? "" : text, token, webhookSecret);
  }

  private static List<String> problems(String token, URI api, URI webhook, String secret, int port,
                                       int rate, int concurrent) {
    List<String> problems = new ArrayList<>();
    if (token == null || token.isBlank()) {
      problems.add("TELEGRAM_BOT_TOKEN is not set (create a bot with @BotFather to get one)");
    } else if (!token.matches("[^\\s/?#]+")) {
      problems.add("TELEGRAM_BOT_TOKEN has spaces or URL characters; copy it again from @BotFather");
    }
    checkHttp("TELEGRAM_API_URL", api, true, problems);
    checkHttp("TELEGRAM_WEBHOOK_URL", webhook, false, problems);
    if (webhook != null && (secret == null || !SECRET.matcher(secret).matches())) {
      problems.add("TELEGRAM_WEBHOOK_SECRET must be 1-256 letters, digits, _ or - when TELEGRAM_WEBHOOK_URL is set");
    }
    range("PORT", port, 0, 65_535, problems); // a record made in code is checked too
    range("TELEGRAM_RATE_LIMIT", rate, 1, 10_000, problems);
    range("TELEGRAM_MAX_CONCURRENT", concurrent, 1, 256, problems);
    return problems;
  }

  private static void checkHttp(String name, URI uri, boolean required, List<String> problems) {
    if (uri == null) {
      if (required) {
        problems.add(name + " is missing");
      }
    } else if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
      problems.add(name + " must be an http(s) address: " + uri);
    }
  }

  private static void range(String name, int value, int min, int max, List<String> problems) {
    if (value < min || value > max) {
      problems.add(name + " must be between " + min + " and " + max + ": " + value);
    }
  }

  private static String value(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static URI uri(Map<String, String> env, String name, String fallback, List<String> problems) {
    String value = value(env, name, fallback);
    try {
      return value == null ? null : URI.create(value);
    } catch (IllegalArgumentException e) {
      problems.add(name + " is not an address: " + value);
      return null;
    }
  }

  private static int number(Map<String, String> env, String name, int fallback, List<String> problems) {
    String value = value(env, name, null);
    try {
      return value == null ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      problems.add(name + " is not a whole number: " + value);
      return fallback;
    }
  }
}
