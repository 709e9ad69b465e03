package org.missionbot.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Supplier;
import org.missionbot.answer.Answer;
import org.missionbot.search.Language;

/**
 * A conversation on a terminal: a person types questions, one a line, and reads the answers; "and
 * Kenya?" follows up the question before. What it reads lines from and how wide and bold its answers
 * are come from outside: plain lines from a pipe, or a line editor on a real terminal (the command
 * line's).
 */
public final class ConsoleChat {

  /** Where the person's lines come from. */
  public interface Lines {

    /**
     * The next input after showing the prompt: a line, or several at once when pasted together (one
     * question); null at the end of the input.
     */
    String read(String prompt) throws IOException;
  }

  static final String HELP = help(Language.ENGLISH);
  private static final String CONVERSATION = "console";
  private static final String PROMPT = "\n> ";

  private final ChatCore core;
  private final Lines in;
  private final PrintWriter out;
  private final Feedback feedback;
  private final Supplier<PlainText.Style> style;
  /** The id of the last answer with quotes, which /good and /bad vote on; null before the first. */
  private String last;

  public ConsoleChat(ChatCore core, BufferedReader in, PrintWriter out) {
    this(core, in, out, Feedback.of(core, null, null));
  }

  /** A console whose /good and /bad votes are kept by {@code feedback}, which logs its questions too. */
  public ConsoleChat(ChatCore core, BufferedReader in, PrintWriter out, Feedback feedback) {
    this(core, prompt -> {
      out.print(prompt);
      out.flush();
      return in.readLine();
    }, out, feedback, () -> PlainText.Style.PLAIN);
  }

  /**
   * A console reading from {@code in}, its answers shown in the style the terminal has at the time (its
   * width changes as the window does).
   */
  public ConsoleChat(ChatCore core, Lines in, PrintWriter out, Feedback feedback,
      Supplier<PlainText.Style> style) {
    this.feedback = feedback;
    this.core = core;
    this.in = in;
    this.out = out;
    this.style = style;
  }

  /** Runs until end of input or /quit. */
  public void run() throws IOException {
    out.println("Mission Bot: answers from " + core.sources().size() + " news articles, with quotes. "
        + "Type a question, or /help.");
    for (String input = in.read(PROMPT); input != null; input = in.read(PROMPT)) {
      // lines pasted together are one question
      if (!reply(input.strip().replaceAll("\\s*\\R\\s*", " "))) {
        break;
      }
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
      case "/good", "/bad" -> vote(line.equalsIgnoreCase("/good"));
      default -> {
        if (line.matches("/\\S+")) { // a command it does not know is no question
          out.println(Texts.get(core.language(CONVERSATION, null), "unknown_command", line));
        } else {
          Answer answer = core.ask(CONVERSATION, CONVERSATION, line).answer();
          out.print(PlainText.answer(answer, style.get()));
          String id = feedback.asked("console", CONVERSATION, answer); // every question is logged
          if (answer.answered()) {
            last = id;
          }
        }
      }
    }
    return true;
  }

  /** /good or /bad: a vote on the last answer with quotes, once. */
  private void vote(boolean up) {
    Language language = core.language(CONVERSATION, null);
    if (last == null) {
      out.println(Texts.get(language, "no_answer_to_vote"));
      return;
    }
    out.println(feedback.vote("console", last, CONVERSATION, up).reply(language));
  }

  /** The help with examples and the commands, in a language. */
  static String help(Language language) {
    return Texts.get(language, "help") + "\n" + Texts.get(language, "for_example") + "\n"
        + String.join("\n", Texts.examples(language).stream().map(q -> "  " + q).toList())
        + "\n" + Texts.get(language, "console_commands") + "\n";
  }

}
