package org.missionbot.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.missionbot.chat.FeedbackLog;
import org.missionbot.config.FeedbackSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Summarises the questions and votes the chat channels logged. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Summarise the logged questions, unanswered questions and votes.")
final class StatsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--file", paramLabel = "FILE",
      description = "The feedback log (default: $FEEDBACK_FILE or " + FeedbackSettings.DEFAULT_FILE + ").")
  Path file;

  @Override
  public Integer call() throws IOException {
    Path log = file != null ? file : FeedbackSettings.fromEnv(System.getenv()).file();
    spec.commandLine().getOut().print(FeedbackLog.summarise(log));
    return 0;
  }
}
