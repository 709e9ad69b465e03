package org.missionbot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.missionbot.chat.MissionBot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Scores golden questions and prints the misses; exits 1 when any question misses. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score golden questions (JSON lines: id, question, expect or abstain).")
final class EvalCommand implements Callable<Integer> {

  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The golden questions, one JSON object a line.")
  Path file;

  @Option(names = "--verbose", description = "Print every question, not only the misses.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    List<GoldenSet.Golden> golden = GoldenSet.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    PrintWriter out = spec.commandLine().getOut();
    int pass = 0;
    int first = 0;
    try (MissionBot bot = main.openBot()) {
      for (GoldenSet.Golden g : golden) {
        GoldenSet.Score score = GoldenSet.score(g, bot.answer(g.question()));
        pass += score.pass() ? 1 : 0;
        first += score.inFirst() ? 1 : 0;
        if (verbose || !score.pass()) {
          out.printf("%s %s %s -> %s%n", score.pass() ? "PASS" : "MISS", g.id(), g.question(), summary(score));
        }
      }
    }
    out.printf("%s: %d/%d pass, %d/%d in answer+first quote%n", file.getFileName(), pass, golden.size(), first, golden.size());
    return pass == golden.size() ? 0 : 1;
  }

  private static String summary(GoldenSet.Score score) {
    var answer = score.answer();
    if (!answer.answered()) {
      return "not answered";
    }
    String quote = answer.quotes().get(0).text();
    return "\"" + answer.lead() + "\" | " + (quote.length() > 100 ? quote.substring(0, 100) + "..." : quote);
  }
}
