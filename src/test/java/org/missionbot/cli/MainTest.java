package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import picocli.CommandLine;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {

  /** The commands that answer soon start loading the model before the command line is parsed; others do not. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''| true",
      "ask --json 'how much' | true",
      "--home /tmp/h ask q | true",
      "--home ask | true",
      "serve | true",
      "--home /tmp/h | true",
      "sources | false",
      "--home /tmp/ask sources | false",
      "add article.md | false",
      "eval questions.jsonl | false",
      "ask --help | false",
      "--version | false",
      "-h | false",
      "stats | false"})
  void whichCommandLinesLoadTheModelFirst(String line, boolean loads) {
    String[] args = line.isBlank() ? new String[0] : line.replace("'", "").split(" ");
    assertEquals(loads, Main.answersAtOnce(args), line);
  }

  /** A command line that names a command builds picocli's model of that command alone; others of all. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ask q | ask",
      "--home /tmp/h sources | sources",
      "ask --help | ask",
      "help ask | ''",
      "'' | ''",
      "--version | ''",
      "nosuch | ''"})
  void aNamedCommandIsTheOnlyOneBuilt(String line, String only) {
    String[] args = line.isBlank() ? new String[0] : line.split(" ");
    List<String> built = List.copyOf(Main.commandLine(args).getSubcommands().keySet());
    assertEquals(only.isBlank() ? List.copyOf(Main.commandLine().getSubcommands().keySet()) : List.of(only), built, line);
  }

  @Test
  void everyCommandIsBuiltInHelpsOrderAndReadsItsOptionsAsAlone() {
    CommandLine all = Main.commandLine();
    assertEquals(Main.COMMANDS.stream().map(c -> c.getAnnotation(CommandLine.Command.class).name()).toList(),
        List.copyOf(all.getSubcommands().keySet()));
    assertEquals(14, all.getSubcommands().size());
    for (String name : all.getSubcommands().keySet()) {
      CommandLine alone = Main.commandLine(new String[] {name}).getSubcommands().get(name);
      assertEquals(all.getSubcommands().get(name).getUsageMessage(), alone.getUsageMessage(), name);
    }
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine(new String[] {"ask", "--nosuch"});
    cli.setErr(new PrintWriter(out));
    assertEquals(2, cli.execute("ask", "--nosuch"));
    assertTrue(out.toString().contains("Unknown option: '--nosuch'"), out.toString());
  }
}
