package org.missionbot.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.missionbot.search.Language;

/**
 * A conversation on a terminal: a person types questions, one a line, and reads the answers; "and
 * Kenya?" follows up the question before.
 */
public final class ConsoleChat {

  static final String HELP = help(Language.ENGLISH);
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
      case "/help", "help", "?" -> out.print(help(core.language(CONVERSATION, null)));
      case "/sources", "sources" -> out.print(PlainText.sources(core.sources(), core.language(CONVERSATION, null)));
      default -> {
        if (line.matches("/\\S+")) { // a command it does not know is no question
          out.println(Texts.get(core.language(CONVERSATION, null), "unknown_command", line));
        } else {
          out.print(PlainText.answer(core.ask(CONVERSATION, CONVERSATION, line).answer()));
        }
      }
    }
    return true;
  }

  /** The help with examples and the commands, in a language. */
  static String help(Language language) {
    return Texts.get(language, "help") + "\n" + Texts.get(language, "for_example") + "\n"
        + String.join("\n", Texts.examples(language).stream().map(q -> "  " + q).toList())
        + "\n" + Texts.get(language, "console_commands") + "\n";
  }

  private void prompt() {
    out.print("\n> ");
    out.flush();
  }
}
