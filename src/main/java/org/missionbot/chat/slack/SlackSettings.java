package org.missionbot.chat.slack;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.missionbot.config.FeedbackSettings;
import org.missionbot.config.Port;
import org.missionbot.config.Secret;

/**
 * The Slack channel's configuration, read once from the environment. With an app token the bot runs
 * in Socket Mode; without one it serves signed HTTP requests on {@code port}.
 *
 * @param botToken the bot token (xoxb-...), for the Web API
 * @param appToken the app-level token (xapp-...) for Socket Mode, or null for HTTP mode
 * @param signingSecret the secret that signs HTTP requests, or null in Socket Mode
 * @param apiUrl the Web API's address, ending in "/"
 * @param port the HTTP port in HTTP mode
 * @param rateLimit questions a minute per user
 * @param feedback where questions and votes are logged (FEEDBACK_FILE, FEEDBACK_KEY, FEEDBACK_RETENTION_DAYS)
 */
public record SlackSettings(Secret botToken, Secret appToken, Secret signingSecret, String apiUrl, int port,
                            int rateLimit, FeedbackSettings feedback) {

  public static final String DEFAULT_API_URL = "https://slack.com/api/";
  public static final int DEFAULT_PORT = Port.DEFAULT;
  public static final int DEFAULT_RATE_LIMIT = 20;

  public SlackSettings {
    List<String> problems = problems(reveal(botToken), reveal(appToken), reveal(signingSecret), apiUrl, port, rateLimit);
    if (feedback == null) {
      problems.add("the feedback settings are missing");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Slack settings: " + String.join("; ", problems));
    }
    apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
  }

  /** Reads the settings from environment variables, listing every problem in one exception. */
  public static SlackSettings fromEnv(Map<String, String> env) {
    FeedbackSettings feedback;
    try {
      feedback = FeedbackSettings.fromEnv(env);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Slack settings: " + e.getMessage(), e);
    }
    return fromEnv(env, feedback);
  }

  /** Like {@link #fromEnv(Map)}, with the feedback settings read already (once, for every channel). */
  public static SlackSettings fromEnv(Map<String, String> env, FeedbackSettings feedback) {
    List<String> problems = new ArrayList<>();
    int port = Port.of(env, problems);
    int rateLimit = number(env, "SLACK_RATE_LIMIT", DEFAULT_RATE_LIMIT, problems);
    String botToken = value(env, "SLACK_BOT_TOKEN", null);
    String appToken = value(env, "SLACK_APP_TOKEN", null);
    String secret = value(env, "SLACK_SIGNING_SECRET", null);
    String apiUrl = value(env, "SLACK_API_URL", DEFAULT_API_URL);
    problems.addAll(problems(botToken, appToken, secret, apiUrl, port, rateLimit));
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Slack settings: " + String.join("; ", problems));
    }
    return new SlackSettings(Secret.of(botToken), Secret.of(appToken), Secret.of(secret), apiUrl, port, rateLimit, feedback);
  }

  /** Whether events arrive over Socket Mode rather than HTTP. */
  public boolean socketMode() {
    return appToken != null;
  }

  /** The text with every token and secret masked, for logs and error messages. */
  public String redact(String text) {
    return Secret.redact(text, botToken, appToken, signingSecret);
  }

  private static String reveal(Secret secret) {
    return secret == null ? null : secret.reveal();
  }

  @Override
  public String toString() {
    return "SlackSettings[botToken=" + shown(botToken) + ", appToken=" + shown(appToken)
        + ", signingSecret=" + shown(signingSecret) + ", apiUrl=" + apiUrl + ", port=" + port
        + ", rateLimit=" + rateLimit + "/min, feedbackFile=" + feedback.file() + ", mode="
        + (socketMode() ? "socket" : "http") + "]";
  }

  private static List<String> problems(String botToken, String appToken, String secret, String apiUrl,
                                       int port, int rateLimit) {
    List<String> problems = new ArrayList<>();
    if (botToken == null || botToken.isBlank()) {
      problems.add("SLACK_BOT_TOKEN is missing (the xoxb- token from OAuth & Permissions)");
    } else if (!botToken.startsWith("xoxb-")) {
      problems.add("SLACK_BOT_TOKEN must start with xoxb-");
    }
    if (appToken != null && !appToken.startsWith("xapp-")) {
      problems.add("SLACK_APP_TOKEN must start with xapp-");
    }
    if (appToken == null && (secret == null || secret.isBlank())) {
      problems.add("set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)");
    }
    if (!isHttpUrl(apiUrl)) {
      problems.add("SLACK_API_URL must be an http(s) URL: " + apiUrl);
    }
    if (port < 0 || port > 65535) { // a record made in code, not read by Port
      problems.add("PORT must be a whole number from 0 to 65535: " + port);
    }
    if (rateLimit < 1) {
      problems.add("SLACK_RATE_LIMIT must be at least 1: " + rateLimit);
    }
    return problems;
  }

  private static String value(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static int number(Map<String, String> env, String name, int fallback, List<String> problems) {
    String value = value(env, name, null);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      problems.add(name + " must be a whole number: " + value);
      return fallback;
    }
  }

  private static boolean isHttpUrl(String url) {
    try {
      String scheme = url == null ? null : URI.create(url).getScheme();
      return "http".equals(scheme) || "https".equals(scheme);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String shown(Secret secret) {
    return secret == null ? "unset" : secret.toString();
  }
}
