package org.missionbot.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.missionbot.chat.MissionBot;
import org.missionbot.chat.PlainText;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the articles the bot answers from. */
@Command(name = "sources", mixinStandardHelpOptions = true, description = "List the articles, with outlet and date.")
final class SourcesCommand implements Callable<Integer> {

  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @picocli.CommandLine.Option(names = "--ids", description = "Start each line with the article's id (for remove and update).")
  boolean ids;

  @Override
  public Integer call() throws IOException {
    try (MissionBot bot = main.openBot()) {
      if (ids) {
        bot.sources().forEach(a -> spec.commandLine().getOut().println(a.id() + "  "
            + org.missionbot.answer.Citation.of(a).label()));
      } else {
        spec.commandLine().getOut().print(PlainText.sources(bot.sources()));
      }
    }
    return 0;
  }
}
