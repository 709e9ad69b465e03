package org.missionbot.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.missionbot.chat.ChatCore;
import org.missionbot.chat.Feedback;
import org.missionbot.chat.FeedbackLog;
import org.missionbot.chat.http.HttpMount;
import org.missionbot.chat.Librarian;
import org.missionbot.corpus.ingest.FetchPolicy;
import org.missionbot.chat.Metrics;
import org.missionbot.chat.MissionBot;
import org.missionbot.chat.shared.SharedStore;
import org.missionbot.chat.slack.SlackChannel;
import org.missionbot.chat.slack.SlackSettings;
import org.missionbot.config.FeedbackSettings;
import org.missionbot.config.Home;
import org.missionbot.chat.telegram.TelegramChannel;
import org.missionbot.chat.telegram.TelegramSettings;

/** The chat channels the environment configures, each started and stopped the same way. */
final class Channels {

  /** A configured channel. */
  interface Channel {
    String name();

    /** Starts taking messages; an HTTP endpoint is mounted on the service's server. */
    void start(HttpMount server) throws IOException;

    void stop();

    /** Whether it is taking and answering messages (no worker stuck, its loop alive). */
    boolean healthy();
  }

  private Channels() {}

  /** Whether the environment configures any channel (a token is set). */
  static boolean anyConfigured(Map<String, String> env) {
    return isSet(env, "SLACK_BOT_TOKEN") || isSet(env, "TELEGRAM_BOT_TOKEN");
  }

  /**
   * The channels the environment configures, their questions counted in {@code metrics} under
   * "slack" and "telegram"; settings problems of all of them in one exception.
   */
  static List<Channel> configured(Map<String, String> env, MissionBot bot, Home home, Metrics metrics) {
    return configured(env, bot, home, metrics, null);
  }

  /** Like {@link #configured(Map, MissionBot, Home, Metrics)}, one replica of several sharing {@code shared} (null: alone). */
  static List<Channel> configured(Map<String, String> env, MissionBot bot, Home home, Metrics metrics, SharedStore shared) {
    List<Channel> channels = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    FeedbackSettings feedback = FeedbackSettings.DEFAULTS; // when its own settings are wrong, said once below
    FeedbackLog log = null;
    try {
      feedback = FeedbackSettings.fromEnv(env);
      log = FeedbackLog.open(feedback, java.time.Clock.systemUTC());
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    } catch (IOException e) {
      problems.add("the feedback log cannot be opened: " + e.getMessage());
    }
    if (isSet(env, "SLACK_BOT_TOKEN")) {
      try {
        SlackSettings settings = SlackSettings.fromEnv(env, feedback);
        Librarian librarian = new Librarian(home, editors(env.get("SLACK_EDITORS")),
            FetchPolicy.forChat(env.get("SOURCES_ALLOW_PRIVATE")));
        ChatCore core = SlackChannel.core(bot, settings, shared).observedAs("slack", metrics);
        channels.add(slack(SlackChannel.create(settings, core, librarian, shared, Feedback.of(core, log, shared))));
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    if (isSet(env, "TELEGRAM_BOT_TOKEN")) {
      try {
        TelegramSettings settings = TelegramSettings.fromEnv(env);
        ChatCore core = TelegramChannel.core(bot, settings, shared).observedAs("telegram", metrics);
        channels.add(telegram(TelegramChannel.create(settings, core, settings.answeredFile(), shared,
            Feedback.of(core, log, shared))));
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      } catch (IOException e) {
        problems.add("TELEGRAM_ANSWERED_FILE cannot be opened: " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return channels;
  }

  private static Channel slack(SlackChannel channel) {
    return new Channel() {
      @Override
      public String name() {
        return "Slack";
      }

      @Override
      public void start(HttpMount server) throws IOException {
        channel.start(server);
      }

      @Override
      public boolean healthy() {
        return channel.healthy();
      }

      @Override
      public void stop() {
        channel.stop();
      }
    };
  }

  private static Channel telegram(TelegramChannel channel) {
    return new Channel() {
      @Override
      public String name() {
        return "Telegram @" + channel.username();
      }

      @Override
      public boolean healthy() {
        return channel.healthy();
      }

      @Override
      public void start(HttpMount server) throws IOException {
        try {
          channel.start(server);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while starting Telegram", e);
        } catch (org.missionbot.chat.telegram.TelegramApiException e) {
          throw new IOException(e.getMessage(), e);
        }
      }

      @Override
      public void stop() {
        try {
          channel.stop();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
  }

  /**
   * The one feedback log of every channel: FEEDBACK_FILE (default data/feedback.jsonl), people's ids
   * hashed under FEEDBACK_KEY (default: a key of its own beside the file), records kept
   * FEEDBACK_RETENTION_DAYS (default 90).
   */
  static FeedbackLog feedbackLog(Map<String, String> env) throws IOException {
    return FeedbackLog.open(FeedbackSettings.fromEnv(env), java.time.Clock.systemUTC());
  }

  /** The Slack user ids of SLACK_EDITORS ("U123, U456"), who may add articles with /mission add. */
  private static Set<String> editors(String list) {
    return list == null ? Set.of()
        : Arrays.stream(list.split("[,\\s]+")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
  }

  private static boolean isSet(Map<String, String> env, String name) {
    String value = env.get(name);
    return value != null && !value.isBlank();
  }
}
