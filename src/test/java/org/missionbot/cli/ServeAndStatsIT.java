package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.missionbot.chat.http.HttpMount;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.Checkout;
import org.missionbot.chat.Metrics;
import org.missionbot.chat.MissionBot;
import org.missionbot.chat.FeedbackLog;
import org.missionbot.config.Home;
import picocli.CommandLine;

/** {@code serve} without channels, the channel configuration check, and {@code stats} on a real feedback log. */
class ServeAndStatsIT {

  @TempDir
  Path home;

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 2];
    all[0] = "--home";
    all[1] = home.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return new Run(cli.execute(all), out.toString(), err.toString());
  }

  @Test
  void serveWithoutATokenSaysWhatToSetAndFails() throws IOException {
    Checkout.copyHome(home);
    Run run = run("serve");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("SLACK_BOT_TOKEN"), run.err());
    assertTrue(run.err().contains("console chat"), run.err());
  }

  @Test
  void aTokenInTheEnvironmentConfiguresAChannel() {
    assertTrue(Channels.anyConfigured(Map.of("SLACK_BOT_TOKEN", "xoxb-1")));
    assertTrue(!Channels.anyConfigured(Map.of("SLACK_BOT_TOKEN", "  ")));
  }

  @Test
  void badChannelSettingsAreListedWithoutTheToken() throws IOException {
    Checkout.copyHome(home);
    try (MissionBot bot = MissionBot.open(new Home(home))) {
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> Channels.configured(Map.of("SLACK_BOT_TOKEN", "secret-without-prefix"), bot, new Home(home),
              new Metrics()));
      assertTrue(e.getMessage().contains("SLACK_BOT_TOKEN"), e.getMessage());
      assertTrue(!e.getMessage().contains("secret-without-prefix"), e.getMessage());
    }
  }

  @Test
  void aWrongFeedbackSettingIsSaidOnceForAllChannels() throws IOException {
    Checkout.copyHome(home);
    try (MissionBot bot = MissionBot.open(new Home(home))) {
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> Channels.configured(Map.of("SLACK_BOT_TOKEN", "xoxb-t", "SLACK_SIGNING_SECRET", "s",
              "TELEGRAM_BOT_TOKEN", "123:abc", "FEEDBACK_RETENTION_DAYS", "ninety",
              "FEEDBACK_FILE", home.resolve("f.jsonl").toString()), bot, new Home(home), new Metrics()));
      assertEquals(1, e.getMessage().split("FEEDBACK_RETENTION_DAYS", -1).length - 1, e.getMessage());
    }
  }

  @Test
  void statsSummarisesTheQuestionsAndVotesOfTheLog() throws IOException {
    Checkout.copyHome(home);
    Path file = home.resolve("feedback.jsonl");
    try (MissionBot bot = MissionBot.open(new Home(home))) {
      FeedbackLog log = new FeedbackLog(file, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
          "k".getBytes(StandardCharsets.UTF_8), java.time.Duration.ofDays(36_500));
      var answered = bot.answer("How much has Canada pledged?");
      log.question("slack", "a1", "U1", answered);
      log.question("telegram", "a2", "tg:2", bot.answer("What is the capital of France?"));
      log.vote("slack", "a1", "U1", answered, true);
    }
    Run run = run("stats", "--file", file.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("2"), run.out());
    assertEquals(FeedbackLog.summarise(file), run.out());
    assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("capital of France"));
  }

  @Test
  void channelsStopSideBySideSoAllStopWithinTenSeconds() {
    java.util.List<Channels.Channel> channels = java.util.List.of(slowChannel("a"), slowChannel("b"), slowChannel("c"));
    long start = System.nanoTime();

    ServeCommand.stopAll(channels);

    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 4_000, "three channels that each take 2 s to stop took " + millis + " ms");
  }

  private static Channels.Channel slowChannel(String name) {
    return new Channels.Channel() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void start(org.missionbot.chat.http.HttpMount server) {}

      @Override
      public boolean healthy() {
        return true;
      }

      @Override
      public void stop() {
        try {
          Thread.sleep(2_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
  }
}
