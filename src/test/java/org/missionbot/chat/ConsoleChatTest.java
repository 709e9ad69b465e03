package org.missionbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.missionbot.BundledBot;
import org.missionbot.search.Language;
import org.missionbot.corpus.Article;

class ConsoleChatTest {

  @RegisterExtension
  static final BundledBot BUNDLED = new BundledBot();

  private static String chat(String typed) throws IOException {
    StringWriter out = new StringWriter();
    new ConsoleChat(ChatCore.forConsole(BUNDLED.bot()), new BufferedReader(new StringReader(typed)), new PrintWriter(out)).run();
    return out.toString();
  }

  @Test
  void greetsWithTheNumberOfArticlesAndPrompts() throws IOException {
    assertEquals("Mission Bot: answers from 5 news articles, with quotes. Type a question, or /help.\n\n> ", chat(""));
  }

  @Test
  void helpShowsExamplesAndCommands() throws IOException {
    String out = chat("/help\n");

    assertTrue(out.contains("\n> " + ConsoleChat.HELP + "\n> "), out);
    assertTrue(out.contains("How much has Canada pledged?"), out);
    assertTrue(out.contains("/sources"), out);
  }

  @Test
  void aCommandItDoesNotKnowIsSaidSoNotAskedAsAQuestion() throws IOException {
    String out = chat("/foo\n");

    assertTrue(out.contains("There is no command /foo. Commands: /help, /sources, /about; anything else is a question."),
        out);
    assertFalse(out.contains("The articles don't say"), out);
  }

  @Test
  void goodAndBadRateTheLastAnswerOnceAndAreLoggedWithTheQuestion() throws IOException {
    Path file = BUNDLED.home().resolve("data").resolve("feedback.jsonl");
    FeedbackLog log = FeedbackLog.open(file, "console-test-key", FeedbackLog.DEFAULT_RETENTION, java.time.Clock.systemUTC());
    ChatCore core = ChatCore.forConsole(BUNDLED.bot());
    StringWriter out = new StringWriter();
    new ConsoleChat(core, new BufferedReader(new StringReader(
        "/good\nHow much has Canada pledged?\n/bad\n/good\nWhat is the capital of France?\n/good\n")),
        new PrintWriter(out), Feedback.of(core, log, null)).run();

    String said = out.toString();
    assertTrue(said.contains("There is no answer to rate yet: ask a question first."), said);
    assertTrue(said.contains("Thanks for the feedback!"), said);
    assertTrue(said.contains("You have already voted on this answer. Thanks!"), said);
    java.util.List<String> lines = java.nio.file.Files.readAllLines(file);
    assertEquals(3, lines.size(), lines.toString());
    assertTrue(lines.get(2).contains("capital of France") && lines.get(2).contains("\"answered\":false"),
        "a question the articles do not answer is logged too: " + lines.get(2));
    assertTrue(said.endsWith("You have already voted on this answer. Thanks!\n\n> "),
        "/good after an answer without quotes still rates the last one with quotes: " + said);
    assertTrue(lines.get(0).contains("\"kind\":\"question\",") && lines.get(0).contains("\"channel\":\"console\""), lines.get(0));
    assertTrue(lines.get(1).contains("\"vote\":\"down\"") && lines.get(1).contains("How much has Canada pledged?"), lines.get(1));
  }

  @Test
  void afterAFrenchQuestionHelpAndSourcesAreInFrench() throws IOException {
    String out = chat("Combien le Canada a-t-il promis ?\n/help\n/sources\n");

    assertTrue(out.contains(ConsoleChat.render(new Reply.Help(Language.FRENCH), PlainText.Style.PLAIN)), out);
    assertTrue(out.contains("Par exemple :\n  Combien le Canada a-t-il promis ?"), out);
    assertTrue(out.matches("(?s).*\n25 juin 2024 +Kenyan Police Arrive in Haiti.*"), out);
  }

  @Test
  void sourcesListsTheArticlesNewestFirst() throws IOException {
    String out = chat("/sources\n");

    assertTrue(out.contains("\n> " + PlainText.sources(BUNDLED.bot().sources()) + "\n> "), out);
    assertTrue(out.matches("(?s).*\n25 Jun 2024 +Kenyan Police Arrive in Haiti to Lead Security Mission Backed by Canada"
        + " \u2014 Associated Press\n.*"), out);
    assertTrue(out.indexOf("22 Sep 2025") < out.indexOf("25 Jun 2024"), out);
    assertTrue(out.indexOf("25 Jun 2024") < out.indexOf("c. 28 Oct 2022"), out);
    assertTrue(out.indexOf("c. 28 Oct 2022") < out.indexOf("27 Oct 2022"), out);
  }

  @Test
  void sourcesAreTheFiveArticlesNewestFirst() {
    List<LocalDate> dates = BUNDLED.bot().sources().stream().map(Article::published).toList();

    assertEquals(List.of(LocalDate.of(2025, 9, 22), LocalDate.of(2024, 6, 25), LocalDate.of(2024, 3, 14),
        LocalDate.of(2022, 10, 28), LocalDate.of(2022, 10, 27)), dates);
  }

  @Test
  void questionGetsItsAnswerWithQuotes() throws IOException {
    String out = chat("How much has Canada pledged?\n");

    assertTrue(out.contains(PlainText.answer(BUNDLED.bot().answer("How much has Canada pledged?"))), out);
    assertTrue(out.contains("80.5 million"), out);
    assertTrue(out.contains("\n[1] \u201c"), out);
    assertTrue(out.endsWith("\n> "), "prompts again: " + out);
  }

  @Test
  void anEmptyLineGetsTheGreetingWithExamplesAsOnEveryChannel() throws IOException {
    String out = chat("   \n");

    assertTrue(out.contains("\n> " + ChatCore.GREETING + "\n  How much has Canada pledged?\n"), out);
  }

  @Test
  void aboutSaysWhatTheBotIs() throws IOException {
    assertTrue(chat("/about\n").contains("\n> " + ChatCore.ABOUT + "\n"));
  }

  @Test
  void quitEndsTheConversation() throws IOException {
    String out = chat("/help\n/quit\nWho is Jimmy Cherizier?\n");

    assertFalse(out.contains("Barbecue"), out);
    assertTrue(out.endsWith("\n> "), out);
  }

  @Test
  void commandsAreReadWhateverTheirCaseAndSpaces() throws IOException {
    assertTrue(chat("  /HELP  \n").contains(ConsoleChat.HELP));
    assertFalse(chat("EXIT\nWho is Jimmy Cherizier?\n").contains("Barbecue"));
  }

  @Test
  void replySaysWhetherToGoOn() {
    ConsoleChat chat = new ConsoleChat(ChatCore.forConsole(BUNDLED.bot()), new BufferedReader(new StringReader("")), new PrintWriter(new StringWriter()));

    assertFalse(chat.reply("/quit"));
    assertFalse(chat.reply("/exit"));
    assertTrue(chat.reply("/help"));
    assertTrue(chat.reply("Who is Jimmy Cherizier?"));
  }
}
