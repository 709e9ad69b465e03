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
}
