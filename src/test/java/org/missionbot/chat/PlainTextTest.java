package org.missionbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionbot.answer.Answer;
import org.missionbot.answer.Answer.Outcome;
import org.missionbot.answer.Citation;
import org.missionbot.answer.Quote;
import org.missionbot.answer.Span;
import org.missionbot.corpus.Article;

class PlainTextTest {

  private static final Citation AP = new Citation("arrive", "Kenyan Police Arrive in Haiti", "Associated Press",
      LocalDate.of(2024, 6, 25), false, "https://example.org/ap");
  private static final Citation UNKNOWN_OUTLET = new Citation("pledge", "Canada pledges $80.5 million", null,
      LocalDate.of(2024, 3, 14), false, null);
  private static final Citation APPROXIMATE = new Citation("team", "Ottawa sends an \"assessment team\"", null,
      LocalDate.of(2022, 10, 28), true, null);

  @Test
  void aCitationWithAnAddressShowsItOnTheLineBelow() {
    Citation linked = new Citation("l", "Kenya leads", "AP", LocalDate.of(2024, 6, 25), false, "https://example.org/a");
    Answer answer = new Answer("q", Outcome.ANSWERED, "", List.of(new Quote("Kenya leads.", linked, List.of())));

    assertEquals("\n[1] \u201cKenya leads.\u201d\n    \u2014 Kenya leads \u2014 AP, 25 Jun 2024\n      https://example.org/a\n",
        PlainText.answer(answer));
  }

  @Test
  void answerIsTheLeadThenEachNumberedQuoteWithItsCitation() {
    Answer answer = new Answer("How many?", Outcome.ANSWERED, "400 (25 Jun 2024)", List.of(
        new Quote("The first group of 400 Kenyan police officers landed.", AP, List.of(new Span(17, 20))),
        new Quote("Canada pledged $80.5 million.", UNKNOWN_OUTLET, List.of())));

    assertEquals("400 (25 Jun 2024)\n"
        + "\n[1] \u201cThe first group of 400 Kenyan police officers landed.\u201d\n"
        + "    \u2014 Kenyan Police Arrive in Haiti \u2014 Associated Press, 25 Jun 2024\n"
        + "      https://example.org/ap\n"
        + "\n[2] \u201cCanada pledged $80.5 million.\u201d\n"
        + "    \u2014 Canada pledges $80.5 million \u2014 14 Mar 2024\n", PlainText.answer(answer));
  }

  @Test
  void quoteTextIsShownVerbatimQuotationMarksIncluded() {
    Answer answer = new Answer("q", Outcome.ANSWERED, "", List.of(
        new Quote("Ottawa agreed to send an \u201cassessment team\u201d \u2013 not \"troops\" <b>&</b>.", APPROXIMATE, List.of())));

    assertEquals("\n[1] \u201cOttawa agreed to send an \u201cassessment team\u201d \u2013 not \"troops\" <b>&</b>.\u201d\n"
        + "    \u2014 Ottawa sends an \"assessment team\" \u2014 c. 28 Oct 2022\n", PlainText.answer(answer));
  }

  @Test
  void unansweredQuestionIsItsMessageAlone() {
    Answer answer = Answer.unanswered("Capital of France?", Outcome.NOT_IN_ARTICLES, "The articles don't say.");

    assertEquals("The articles don't say.\n", PlainText.answer(answer));
  }

  @Test
  void answerWithNeitherLeadNorQuotesIsEmpty() {
    assertEquals("", PlainText.answer(new Answer("q", Outcome.ANSWERED, "", List.of())));
  }

  @Test
  void sourcesAreOneLineEachWithAlignedDateHeadlineAndOutlet() {
    List<Article> articles = List.of(
        new Article("a", "Kenyan Police Arrive in Haiti", "Associated Press", LocalDate.of(2024, 6, 25), false, null, "x"),
        new Article("b", "Ottawa sends a team", null, LocalDate.of(2022, 10, 28), true, null, "x"),
        new Article("c", "An undated piece", "Outlet", null, false, null, "x"));

    assertEquals("25 Jun 2024     Kenyan Police Arrive in Haiti \u2014 Associated Press\n"
        + "c. 28 Oct 2022  Ottawa sends a team\n"
        + "undated         An undated piece \u2014 Outlet\n", PlainText.sources(articles));
  }

  @Test
  void onATerminalTheAnsweringWordsAreBoldAndEveryParagraphIsWrappedToItsWidth() {
    String text = "The first group of 400 Kenyan police officers landed in Port-au-Prince on Tuesday.";
    int at = text.indexOf("400");
    Answer answer = new Answer("q", Outcome.ANSWERED, "400 officers landed first, on Tuesday 25 June 2024.",
        List.of(new Quote(text, AP, List.of(new Span(at, at + 3)))));

    assertEquals("""
        400 officers landed first, on Tuesday 25 June
        2024.

        [1] \u201cThe first group of \u001b[1m400\u001b[22m Kenyan police
            officers landed in Port-au-Prince on
            Tuesday.\u201d
            \u2014 Kenyan Police Arrive in Haiti \u2014
              Associated Press, 25 Jun 2024
              https://example.org/ap
        """, PlainText.answer(answer, new PlainText.Style(46, true)));
    assertEquals(PlainText.answer(answer), PlainText.answer(answer, PlainText.Style.PLAIN), "piped: as before");
  }

  @Test
  void wrappingCountsOnlyWhatShowsAndNeverBreaksAWord() {
    assertEquals("aaaa \u001b[1mbbbb\u001b[22m cccc dddd eeee ffff gggg\n  hhhh",
        PlainText.wrap("aaaa \u001b[1mbbbb\u001b[22m cccc dddd eeee ffff gggg hhhh", 34, "  "));
    String longWord = "x".repeat(50);
    assertEquals("short\n" + longWord + "\nend", PlainText.wrap("short " + longWord + " end", 30, ""));
    assertEquals("one line\nReading: two", PlainText.wrap("one line\nReading: two", 40, ""));
    assertEquals("too narrow to wrap at all", PlainText.wrap("too narrow to wrap at all", 10, ""));
  }
}
