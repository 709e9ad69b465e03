package org.missionbot.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.missionbot.chat.ConsoleChat;
import org.missionbot.chat.PlainText;

/**
 * The console on a real terminal, through JLine: line editing, a history kept across runs, answers
 * wrapped to the window's width with the answering words in bold, a multi-line paste taken as one
 * question, and log lines printed above the prompt rather than into it. Ctrl-C clears the line;
 * Ctrl-D (or /quit) leaves.
 */
final class TerminalConsole implements ConsoleChat.Lines, AutoCloseable {

  private final Terminal terminal;
  private final LineReader reader;
  private final PrintStream err;

  /** A console on the terminal, its history in {@code history} (created with its folder). */
  TerminalConsole(Terminal terminal, Path history) throws IOException {
    this.terminal = terminal;
    Files.createDirectories(history.toAbsolutePath().getParent());
    this.reader = LineReaderBuilder.builder().terminal(terminal).appName("mission-bot")
        .variable(LineReader.HISTORY_FILE, history)
        .option(LineReader.Option.BRACKETED_PASTE, true)
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // "!" is text in a question
        .build();
    this.err = System.err;
    System.setErr(new PrintStream(new AboveThePrompt(reader), true, StandardCharsets.UTF_8));
  }

  /** Whether a terminal is a real one (not "dumb": output piped or redirected). */
  static boolean interactive(Terminal terminal) {
    return !terminal.getType().startsWith(Terminal.TYPE_DUMB);
  }

  @Override
  public String read(String prompt) {
    try {
      return reader.readLine(prompt);
    } catch (UserInterruptException e) {
      return ""; // Ctrl-C: a fresh line
    } catch (EndOfFileException e) {
      return null;
    }
  }

  /** Where answers are written. */
  PrintWriter writer() {
    return terminal.writer();
  }

  /** The terminal's style now: its current width, and bold. */
  PlainText.Style style() {
    return new PlainText.Style(terminal.getWidth(), true);
  }

  @Override
  public void close() throws IOException {
    System.setErr(err);
    reader.getHistory().save();
    terminal.close();
  }

  /** Log lines (slf4j-simple writes to System.err) shown above the prompt, each whole. */
  private static final class AboveThePrompt extends OutputStream {

    private final LineReader reader;
    private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

    AboveThePrompt(LineReader reader) {
      this.reader = reader;
    }

    @Override
    public synchronized void write(int b) {
      if (b == '\n') {
        reader.printAbove(line.toString(StandardCharsets.UTF_8));
        line.reset();
      } else {
        line.write(b);
      }
    }
  }
}
