package org.missionbot.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A conversation on a terminal: a person types questions, one a line, and reads the answers; "and
 * Kenya?" follows up the question before.
 */
public final class ConsoleChat {

  static final String HELP = ChatCore.HELP + "\nFor example:\n"
      + String.join("\n", ChatCore.EXAMPLES.stream().map(q -> "  " + q).toList())
      + "\nFollow up with \"and Kenya?\". Commands: /sources lists the articles, /help shows this, /quit leaves.\n";
  private static final String CONVERSATION = "console";

  private final ChatCore core;
  private final BufferedReader in;
  private final PrintWriter out;

  public ConsoleChat(ChatCore core, BufferedReader in, PrintWriter out) {
    this.core = core;
    this.in = in;
    this.out = out;
  }

  /** Runs until end of input or /quit. */
  public void run() throws IOException {
    out.println("Mission Bot: answers from " + core.sources().size() + " news articles, with quotes. "
        + "Type a question, or /help.");
    prompt();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (!reply(line.strip())) {
        break;
      }
      prompt();
    }
    out.flush();
  }

  /** Answers one line; false when the person asked to leave. */
  boolean reply(String line) {
    switch (line.toLowerCase(Locale.ROOT)) {
      case "/quit", "/exit", "quit", "exit" -> {
        return false;
      }
      case "/help", "help", "?" -> out.print(HELP);
      case "/sources", "sources" -> out.print(PlainText.sources(core.sources()));
      default -> out.print(PlainText.answer(core.ask(CONVERSATION, CONVERSATION, line).answer()));
    }
    return true;
  }

  private void prompt() {
    out.print("\n> ");
    out.flush();
  }
}
