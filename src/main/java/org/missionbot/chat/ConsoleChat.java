package org.missionbot.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
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

  static final String HELP = render(new Reply.Help(Language.ENGLISH), PlainText.Style.PLAIN);
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

  /**
   * Answers one line; false when the person asked to leave. Leaving and voting are the console's own
   * commands; everything else is read by the core, as on every channel.
   */
  boolean reply(String line) {
    switch (line.toLowerCase(Locale.ROOT)) {
      case "/quit", "/exit", "quit", "exit" -> {
        return false;
      }
      case "/good", "/bad" -> vote(line.equalsIgnoreCase("/good"));
      default -> {
        Reply reply = core.handle(Message.of(CONVERSATION, CONVERSATION, line));
        out.print(render(reply, style.get()));
        if (reply instanceof Reply.Answered answered) {
          String id = feedback.asked("console", CONVERSATION, answered.answer()); // every question is logged
          if (answered.answer().answered()) {
            last = id;
          }
        }
      }
    }
    return true;
  }

  /** A reply as the console shows it: plain text, the answer's words in bold on a terminal that shows bold. */
  static String render(Reply reply, PlainText.Style style) {
    return switch (reply) {
      case Reply.Answered answered -> PlainText.answer(answered.answer(), style);
      case Reply.Greeting greeting -> greeting.text() + "\n" + examples(greeting.examples());
      case Reply.Help help -> help.text() + "\n" + help.examplesHeading() + "\n" + examples(help.examples())
          + Texts.get(help.language(), "console_commands") + "\n";
      case Reply.Sources sources -> PlainText.sources(sources.articles(), sources.language());
      case Reply.Notice notice -> notice.text() + "\n" + (notice.kind() == Reply.Notice.Kind.UNKNOWN_COMMAND
          ? Texts.get(notice.language(), "console_commands") + "\n" : ""); // and the console's own commands
    };
  }

  private static String examples(List<String> examples) {
    return String.join("", examples.stream().map(q -> "  " + q + "\n").toList());
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
}
