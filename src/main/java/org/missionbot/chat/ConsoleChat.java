package org.missionbot.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/** A conversation on a terminal: a person types questions, one a line, and reads the answers. */
public final class ConsoleChat {

  static final String HELP = """
      Ask anything about the Kenyan-led, Canada-backed security mission in Haiti, for example:
        How much has Canada pledged?
        How many Kenyan police officers arrived first?
        Who is Jimmy Cherizier?
      Commands: /sources lists the articles, /help shows this, /quit leaves.
      """;

  private final MissionBot bot;
  private final BufferedReader in;
  private final PrintWriter out;

  public ConsoleChat(MissionBot bot, BufferedReader in, PrintWriter out) {
    this.bot = bot;
    this.in = in;
    this.out = out;
  }

  /** Runs until end of input or /quit. */
  public void run() throws IOException {
    out.println("Mission Bot: answers from " + bot.sources().size() + " news articles, with quotes. "
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
      case "/sources", "sources" -> out.print(PlainText.sources(bot.sources()));
      default -> out.print(PlainText.answer(bot.answer(line)));
    }
    return true;
  }

  private void prompt() {
    out.print("\n> ");
    out.flush();
  }
}
