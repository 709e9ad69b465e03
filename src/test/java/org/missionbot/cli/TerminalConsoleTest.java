package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.Checkout;
import org.missionbot.chat.ChatCore;
import org.missionbot.chat.ConsoleChat;
import org.missionbot.chat.Feedback;
import org.missionbot.chat.MissionBot;
import org.missionbot.config.Home;

/**
 * The console on a terminal (an xterm of 60 columns fed by a stream, as JLine builds one for a real
 * window): answers wrapped to its width with the answering words in bold, a pasted block read as one
 * question, the questions kept in a history file for the next run, log lines printed apart from the prompt.
 */
class TerminalConsoleTest {

  private static final String PASTE_START = "\u001b[200~";
  private static final String PASTE_END = "\u001b[201~";
  /** A real terminal's answer to the line editor's opening question about it (DA1), before any typing. */
  private static final String ATTRIBUTES = "\u001b[?62;22c\u001b[1;1R";

  @TempDir
  static Path home;
  private static MissionBot bot;

  @BeforeAll
  static void openTheBot() throws Exception {
    Checkout.copyHome(home);
    bot = MissionBot.open(new Home(home));
  }

  @AfterAll
  static void closeTheBot() throws Exception {
    bot.close();
  }

  @Test
  void answersAreWrappedAndBoldAndAPasteIsOneQuestion() throws Exception {
    Path history = home.resolve("data/console-history");
    String shown = run(List.of("How much has Canada pledged?\r", PASTE_START + "Who leads\nthe mission?" + PASTE_END + "\r",
        "/quit\r"), history);

    assertTrue(shown.contains("\u001b[1mapproximately $123") && shown.contains("\u001b[1m$80.5 million\u001b[22m"),
        "the answering words in bold: " + shown);
    String answers = shown.substring(shown.indexOf("\n> "));
    assertTrue(answers.lines().map(TerminalConsoleTest::visible).allMatch(l -> l.length() <= 60),
        "no line of an answer wider than the terminal:\n" + answers);
    assertEquals(3, shown.split("\n> ", -1).length - 1, "three prompts: the pasted lines were one question");
    List<String> kept = Files.readAllLines(history).stream().map(l -> l.substring(l.indexOf(':') + 1)).toList();
    assertEquals(List.of("How much has Canada pledged?", "Who leads\\nthe mission?", "/quit"), kept);

  }

  @Test
  void theHistoryOfOneRunIsThereInTheNext() throws Exception {
    Path history = home.resolve("data/history-of-runs");
    run(List.of("How much has Canada pledged?\r", "/quit\r"), history);

    String again = run(List.of("\u001bOA\u001bOA\r", "/quit\r"), history); // arrow up, as the keypad mode sends it
    assertTrue(again.contains("$123 million"), "arrow up twice brings the last run's question back: " + again);
  }

  @Test
  void aLogLineIsPrintedWholeAboveThePromptAndStandardErrorComesBack() throws Exception {
    PrintStream before = System.err;
    List<java.util.function.Supplier<String>> inputs = List.of(() -> {
      System.err.println("[main] WARN something happened"); // as slf4j-simple logs, while the prompt waits
      return null;
    }, () -> "/quit\r");
    String shown = run(inputs, home.resolve("data/other-history"), true);

    assertTrue(System.err == before, "standard error is itself again once the console ends");
    String log = shown.substring(shown.indexOf("[main] WARN"));
    assertTrue(log.startsWith("[main] WARN something happened"), "whole: " + shown);
    assertTrue(log.contains("\n> "), "and the prompt shown again below it: " + shown);
  }

  @Test
  void aPipeIsNoInteractiveTerminal() throws Exception {
    try (Terminal dumb = TerminalBuilder.builder().system(false).type(Terminal.TYPE_DUMB)
        .streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream()).build()) {
      assertFalse(TerminalConsole.interactive(dumb));
    }
    try (Terminal xterm = terminal("", new ByteArrayOutputStream())) {
      assertTrue(TerminalConsole.interactive(xterm));
    }
  }

  /** Runs the console, typing each input once the prompt before it shows, as a person would. */
  private static String run(List<String> inputs, Path history) throws Exception {
    return run(inputs.stream().map(i -> (java.util.function.Supplier<String>) () -> i).toList(), history, true);
  }

  /** Like {@link #run(List, Path)}; an input that gives null typed nothing (it did something else at the prompt). */
  private static String run(List<java.util.function.Supplier<String>> inputs, Path history, boolean marker) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    java.io.PipedOutputStream keys = new java.io.PipedOutputStream();
    java.io.PipedInputStream in = new java.io.PipedInputStream(keys, 1 << 16);
    keys.write(ATTRIBUTES.getBytes(StandardCharsets.UTF_8));
    keys.flush();
    Thread typist = Thread.ofVirtual().start(() -> {
      try {
        int typedSoFar = 0;
        for (int i = 0; i < inputs.size(); i++) {
          long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
          while (prompts(out) <= typedSoFar && System.nanoTime() < deadline) {
            Thread.sleep(20);
          }
          String typed = inputs.get(i).get();
          if (typed == null) {
            continue; // nothing typed: the next input comes at the same prompt
          }
          keys.write(typed.getBytes(StandardCharsets.UTF_8));
          keys.flush();
          typedSoFar++;
        }
      } catch (Exception e) {
        // the console ended first
      }
    });
    try (Terminal terminal = TerminalBuilder.builder().system(false).type("xterm-256color").streams(in, out).build();
        TerminalConsole console = new TerminalConsole(terminal, history)) {
      terminal.setSize(new Size(60, 24));
      ChatCore core = ChatCore.forConsole(bot);
      new ConsoleChat(core, console, console.writer(), Feedback.of(core, null, null), console::style).run();
    }
    typist.join(5_000);
    keys.close();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int prompts(ByteArrayOutputStream out) {
    String shown = out.toString(StandardCharsets.UTF_8);
    return shown.split("\n> ", -1).length - 1;
  }

  private static Terminal terminal(String typed, ByteArrayOutputStream out) throws Exception {
    Terminal terminal = TerminalBuilder.builder().system(false).type("xterm-256color")
        .streams(new Typing(ATTRIBUTES, typed), out).build();
    terminal.setSize(new Size(60, 24));
    return terminal;
  }

  /**
   * Input as a terminal gives it: its answer to the opening question first, on its own, then what is
   * typed (all of it at once, the line editor reading it into lines).
   */
  private static final class Typing extends java.io.InputStream {

    private final java.util.ArrayDeque<ByteArrayInputStream> chunks = new java.util.ArrayDeque<>();

    Typing(String... chunks) {
      for (String chunk : chunks) {
        this.chunks.add(new ByteArrayInputStream(chunk.getBytes(StandardCharsets.UTF_8)));
      }
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      while (!chunks.isEmpty()) {
        int n = chunks.peek().read(b, off, len);
        if (n > 0) {
          return n;
        }
        chunks.poll();
      }
      return -1;
    }
  }

  /** A line as it shows: escape sequences and carriage returns take no room. */
  private static String visible(String line) {
    return line.replaceAll("\u001b\\[[0-9;?$]*[A-Za-z=>]|\u001b[=>78]|\r", "");
  }
}
