package org.missionbot.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Where every channel's questions and votes are logged, read once here for all of them.
 *
 * @param file the JSON-lines log ({@code FEEDBACK_FILE}, {@value #DEFAULT_FILE} by default)
 * @param key what people's ids are hashed under ({@code FEEDBACK_KEY}); null: a key of the log's own, kept beside it
 * @param retention how long a record is kept ({@code FEEDBACK_RETENTION_DAYS}, 90 days by default)
 */
public record FeedbackSettings(Path file, Secret key, Duration retention) {

  public static final String DEFAULT_FILE = "data/feedback.jsonl";
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(90);
  /** The defaults: the log under data/, its own key, 90 days. */
  public static final FeedbackSettings DEFAULTS = new FeedbackSettings(Path.of(DEFAULT_FILE), null, DEFAULT_RETENTION);

  public FeedbackSettings {
    java.util.Objects.requireNonNull(file, "file");
    if (retention == null || retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("the feedback retention must be at least a day: " + retention);
    }
  }

  /**
   * Reads FEEDBACK_FILE, FEEDBACK_KEY and FEEDBACK_RETENTION_DAYS; an unset or empty one takes its default.
   *
   * @throws IllegalArgumentException naming the setting that is wrong (never the key's value)
   */
  public static FeedbackSettings fromEnv(Map<String, String> env) {
    String file = env.get("FEEDBACK_FILE");
    String key = env.get("FEEDBACK_KEY");
    String days = env.get("FEEDBACK_RETENTION_DAYS");
    Duration retention = DEFAULT_RETENTION;
    if (days != null && !days.isBlank()) {
      try {
        retention = Duration.ofDays(Integer.parseInt(days.strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("FEEDBACK_RETENTION_DAYS must be a whole number of days: " + days.strip());
      }
      if (retention.isNegative() || retention.isZero()) {
        throw new IllegalArgumentException("FEEDBACK_RETENTION_DAYS must be at least 1: " + days.strip());
      }
    }
    return new FeedbackSettings(Path.of(file == null || file.isBlank() ? DEFAULT_FILE : file.strip()),
        key == null || key.isBlank() ? null : Secret.of(key.strip()), retention);
  }
}
