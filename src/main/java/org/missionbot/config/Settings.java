package org.missionbot.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The bot's settings: the keys of {@code config/mission-bot.properties}, each overridden by the
 * environment variable of the same name. Secrets (tokens, signing secrets) belong in the
 * environment; the file keeps what is safe to commit.
 *
 * @param values every key with its value
 */
public record Settings(Map<String, String> values) {

  /** The file under the home folder. */
  public static final String FILE = "mission-bot.properties";
  private static final Set<String> SECRETS = Set.of("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET",
      "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "REDIS_URL", "FEEDBACK_KEY");

  public Settings {
    values = Map.copyOf(values);
  }

  /**
   * Reads the home's settings file, when there is one, then lays the environment over it.
   *
   * @throws IllegalArgumentException when the file holds a secret (a token, a signing secret, a Redis
   *     URL with a password): secrets go in the environment only; the message names the key, never the value
   */
  public static Settings load(Home home, Map<String, String> environment) throws IOException {
    Map<String, String> values = new HashMap<>();
    Path file = home.root().resolve("config").resolve(FILE);
    if (Files.isRegularFile(file)) {
      Properties properties = new Properties();
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(in);
      }
      properties.stringPropertyNames().forEach(k -> {
        String v = properties.getProperty(k).strip();
        if (!v.isEmpty()) {
          values.put(k, v);
        }
      });
      List<String> secrets = values.entrySet().stream()
          .filter(e -> isSecret(e.getKey()) && (!e.getKey().equals("REDIS_URL") || e.getValue().contains("@")))
          .map(Map.Entry::getKey).sorted().toList();
      if (!secrets.isEmpty()) {
        throw new IllegalArgumentException(file + " holds " + String.join(", ", secrets)
            + ": secrets belong in the environment only; remove them from the file and set them as environment variables");
      }
    }
    environment.forEach((k, v) -> {
      if (v != null && !v.isBlank()) {
        values.put(k, v);
      }
    });
    return new Settings(values);
  }

  /** The keys that hold secrets, which are never printed. */
  public static boolean isSecret(String key) {
    return SECRETS.contains(key);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Settings[");
    values.keySet().stream().sorted().forEach(k -> out.append(k).append('=')
        .append(isSecret(k) ? "****" : values.get(k)).append(", "));
    return out.append(']').toString().replace(", ]", "]");
  }
}
