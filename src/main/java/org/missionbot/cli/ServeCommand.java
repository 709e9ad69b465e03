package org.missionbot.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.missionbot.chat.Metrics;
import org.missionbot.config.Home;
import org.missionbot.config.Settings;
import org.missionbot.chat.MissionBot;
import org.missionbot.chat.shared.SharedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs every chat channel the environment configures in one process until it is stopped (SIGTERM,
 * Ctrl-C), with /healthz, /metrics and the channels' HTTP endpoints on one server on PORT.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the configured chat channels (Slack: SLACK_BOT_TOKEN; Telegram: TELEGRAM_BOT_TOKEN) until "
        + "stopped, with /healthz and /metrics on PORT (default 8080).")
final class ServeCommand implements Callable<Integer> {

  static final String NOTHING_CONFIGURED = "No chat channel is configured: set TELEGRAM_BOT_TOKEN for Telegram, "
      + "or SLACK_BOT_TOKEN with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET for Slack. Without tokens, "
      + "java -jar target/mission-bot.jar starts the console chat.";
  static final int DEFAULT_PORT = org.missionbot.config.Port.DEFAULT;

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
    Home home = main.home();
    Map<String, String> env = Settings.load(home, System.getenv()).values();
    if (!Channels.anyConfigured(env)) {
      spec.commandLine().getErr().println(NOTHING_CONFIGURED);
      return 2;
    }
    Metrics metrics = new Metrics();
    AtomicBoolean running = new AtomicBoolean();
    List<Channels.Channel> channels = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (SharedStore shared = shared(env);
        MissionBot bot = main.openWatchingBot(home);
        ServiceServer server = new ServiceServer(new InetSocketAddress(port(env)), metrics,
            () -> running.get() && bot.isOpen() && channels.stream().allMatch(Channels.Channel::healthy),
            () -> shared == null || shared.up() ? null
                : "Redis at " + shared.where() + " is unavailable: this replica answers with its own state")) {
      channels.addAll(Channels.configured(env, bot, home, metrics, shared));
      server.start();
      spec.commandLine().getErr().println("serving /healthz and /metrics on port " + server.port());
      CountDownLatch stopped = new CountDownLatch(1);
      List<Channels.Channel> started = new ArrayList<>();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        running.set(false);
        stopAll(started);
        stopped.countDown();
      }, "stop-channels"));
      for (Channels.Channel channel : channels) {
        channel.start(server);
        started.add(channel);
        spec.commandLine().getErr().println(channel.name() + " channel running");
      }
      running.set(true);
      stopped.await();
    }
    return 0;
  }

  /**
   * The store shared with other replicas when REDIS_URL is set, else null (everything in this process).
   * Redis being down is no reason not to start: the store retries it.
   */
  static SharedStore shared(Map<String, String> env) {
    String url = env.get("REDIS_URL");
    return url == null || url.isBlank() ? null : SharedStore.connect(url);
  }

  /** PORT from the environment, 8080 when unset; a bad value is a startup error that names it. */
  static int port(Map<String, String> env) {
    return org.missionbot.config.Port.of(env);
  }
}
