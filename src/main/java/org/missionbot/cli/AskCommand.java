package org.missionbot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.missionbot.chat.MissionBot;
import org.missionbot.chat.PlainText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Answers one question, or with no question one question a line from standard input, in order. */
@Command(name = "ask", mixinStandardHelpOptions = true,
    description = "Answer a question (or, with none given, each line of standard input).")
final class AskCommand implements Callable<Integer> {

  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON object per answer, one a line.")
  boolean json;

  @Option(names = "--explain", description = "Also print how the question was read and ranked.")
  boolean explain;

  @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question; words are joined by spaces.")
  List<String> words;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (MissionBot bot = main.openBot()) {
      if (words != null && !words.isEmpty()) {
        print(bot, String.join(" ", words), out);
        return 0;
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        print(bot, line, out);
      }
    }
    return 0;
  }

  private void print(MissionBot bot, String question, PrintWriter out) {
    if (explain) {
      out.println(bot.explain(question));
    }
    var answer = bot.answer(question);
    out.println(json ? AnswerJson.line(answer) : PlainText.answer(answer));
    out.flush();
  }
}
