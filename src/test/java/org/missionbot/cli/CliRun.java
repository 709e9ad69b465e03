package org.missionbot.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * One run of the command line in this JVM, with {@code --home} first: its exit code and what it
 * wrote to standard output and standard error.
 *
 * @param exit the exit code
 * @param out standard output
 * @param err standard error
 */
record CliRun(int exit, String out, String err) {

  static CliRun of(Path home, String... args) {
    return withInput(home, null, args);
  }

  /** Like {@link #of}, reading {@code stdin} (null: the JVM's own) as its standard input. */
  static CliRun withInput(Path home, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of("--home", home.toString()));
    all.addAll(List.of(args));
    InputStream original = System.in;
    try {
      if (stdin != null) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      }
      return new CliRun(cli.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    } finally {
      System.setIn(original);
    }
  }

  /** Standard output's lines. */
  List<String> lines() {
    return out.lines().toList();
  }
}
