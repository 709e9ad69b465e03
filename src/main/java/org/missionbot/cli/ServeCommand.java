package org.missionbot.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.missionbot.config.Settings;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import org.missionbot.chat.MissionBot;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs every chat channel the environment configures until the process is stopped (SIGTERM, Ctrl-C). */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the configured chat channels (Slack: SLACK_BOT_TOKEN; Telegram: TELEGRAM_BOT_TOKEN) until stopped.")
final class ServeCommand implements Callable<Integer> {

  static final String NOTHING_CONFIGURED = "No chat channel is configured: set TELEGRAM_BOT_TOKEN for Telegram, "
      + "or SLACK_BOT_TOKEN with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET for Slack. Without tokens, "
      + "java -jar target/mission-bot.jar starts the console chat.";

  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  /** Stops the channels side by side: each finishes its answers within 10 s, so all of them do. */
  static void stopAll(List<Channels.Channel> channels) {
    List<Thread> stopping = channels.stream()
        .map(c -> Thread.ofPlatform().name("stop-" + c.name()).start(c::stop)).toList();
    for (Thread t : stopping) {
      try {
        t.join(java.time.Duration.ofSeconds(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    Map<String, String> settings = Settings.load(main.home(), System.getenv()).values();
    if (!Channels.anyConfigured(settings)) {
      spec.commandLine().getErr().println(NOTHING_CONFIGURED);
      return 2;
    }
    try (MissionBot bot = main.openWatchingBot()) {
      List<Channels.Channel> started = new ArrayList<>();
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        stopAll(started);
        stopped.countDown();
      }, "stop-channels"));
      for (Channels.Channel channel : Channels.configured(settings, bot, main.home())) {
        channel.start();
        started.add(channel);
        spec.commandLine().getErr().println(channel.name() + " channel running");
      }
      stopped.await();
    }
    return 0;
  }
}
