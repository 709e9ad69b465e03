package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionbot.answer.Answer;
import org.missionbot.answer.Citation;
import org.missionbot.answer.Quote;
import org.missionbot.answer.Span;
import org.missionbot.corpus.Article;

class TelegramRendererTest {

  @Test
  void highlightsAreOneWalkWithTelegramsTagsAndEscaping() {
    String text = "Canada <pledged> $123 million & Kenya 1,000 officers.";
    List<Span> spans = List.of(new Span(16, 29), new Span(27, 37), new Span(44, 52));

    assertEquals("Canada &lt;pledged&gt; <b>$123 million</b> <b>&amp; Kenya</b> 1,000 <b>officers</b>.",
        TelegramRenderer.highlighted(text, spans));
  }


  private static final Citation AP = new Citation("ap", "Kenyan Police Arrive in Haiti", "Associated Press",
      LocalDate.of(2024, 6, 25), false, null);
  private static final Citation ODD = new Citation("odd", "Q&A: <Haiti>", "R&R", LocalDate.of(2024, 3, 14), false, null);

  @Test
  void aCitationWithAnAddressLinksItsHeadlineEscapedAndTheSourcesListToo() {
    Citation linked = new Citation("l", "Q&A: Haiti", "AP", LocalDate.of(2024, 6, 25), false,
        "https://example.org/a?x=1&y=\"2\"");
    Quote quote = new Quote("Kenya leads.", linked, List.of());

    assertEquals("<blockquote>Kenya leads.</blockquote>\n[1] <a href=\"https://example.org/a?x=1&amp;y=&quot;2&quot;\">"
        + "Q&amp;A: Haiti</a> \u2014 AP, 25 Jun 2024", TelegramRenderer.quote(quote, 1, TelegramRenderer.LIMIT));
    assertEquals("[1] Q&amp;A: Haiti \u2014 AP, 25 Jun 2024", TelegramRenderer.quote(
        new Quote("Kenya leads.", new Citation("l", "Q&A: Haiti", "AP", LocalDate.of(2024, 6, 25), false, "file:///etc/passwd"),
            List.of()), 1, TelegramRenderer.LIMIT).split("\n")[1], "only web addresses are links");
  }

  @Test
  void answerIsLeadThenEachQuoteInABlockquoteWithItsSpanInBoldAndItsCitation() {
    Quote quote = new Quote("Canada pledged $80.5 million for it.", AP, List.of(new Span(15, 28)));
    Answer answer = new Answer("How much?", Answer.Outcome.ANSWERED, "$80.5 million (25 Jun 2024).", List.of(quote));

    assertEquals(List.of("$80.5 million (25 Jun 2024).\n\n"
        + "<blockquote>Canada pledged <b>$80.5 million</b> for it.</blockquote>\n"
        + "[1] Kenyan Police Arrive in Haiti \u2014 Associated Press, 25 Jun 2024"), TelegramRenderer.answer(answer));
  }

  @Test
  void quotesAreNumberedInOrder() {
    Answer answer = new Answer("q", Answer.Outcome.ANSWERED, "",
        List.of(new Quote("One.", AP, List.of()), new Quote("Two.", ODD, List.of(new Span(0, 3)))));

    assertEquals(List.of("<blockquote>One.</blockquote>\n[1] Kenyan Police Arrive in Haiti \u2014 Associated Press, 25 Jun 2024\n\n"
        + "<blockquote><b>Two</b>.</blockquote>\n[2] Q&amp;A: &lt;Haiti&gt; \u2014 R&amp;R, 14 Mar 2024"),
        TelegramRenderer.answer(answer));
  }

  @Test
  void ampersandsAndAngleBracketsAreEscapedInsideAndOutsideTheBold() {
    Quote quote = new Quote("A <b> & C > D", ODD, List.of(new Span(2, 5)));

    assertEquals("A <b>&lt;b&gt;</b> &amp; C &gt; D", TelegramRenderer.highlighted(quote.text(), quote.highlights()));
  }

  @Test
  void unansweredQuestionGetsOnlyTheEscapedLead() {
    Answer answer = Answer.unanswered("Mars?", Answer.Outcome.NOT_IN_ARTICLES, "The articles don't say <that>.");

    assertEquals(List.of("The articles don't say &lt;that&gt;."), TelegramRenderer.answer(answer));
  }

  @Test
  void messagesAreSplitBetweenQuotesWhenTheyWouldExceedTheLimit() {
    Answer answer = new Answer("q", Answer.Outcome.ANSWERED, "Lead.",
        List.of(new Quote("First quote.", AP, List.of()), new Quote("Second quote.", AP, List.of())));

    List<String> messages = TelegramRenderer.answer(answer, 120);

    assertEquals(List.of(
        "Lead.\n\n<blockquote>First quote.</blockquote>\n[1] Kenyan Police Arrive in Haiti \u2014 Associated Press, 25 Jun 2024",
        "<blockquote>Second quote.</blockquote>\n[2] Kenyan Police Arrive in Haiti \u2014 Associated Press, 25 Jun 2024"),
        messages);
  }

  @Test
  void aQuoteLongerThanTheLimitIsCutAtAWordBoundaryWithAnEllipsisAndKeepsItsTags() {
    Quote quote = new Quote("Kenya sent four hundred officers to Haiti in June.", AP, List.of(new Span(11, 23)));
    Answer answer = new Answer("q", Answer.Outcome.ANSWERED, "", List.of(quote));

    List<String> messages = TelegramRenderer.answer(answer, 130);

    assertEquals(List.of("<blockquote>Kenya sent <b>four hundred</b>\u2026</blockquote>\n"
        + "[1] Kenyan Police Arrive in Haiti \u2014 Associated Press, 25 Jun 2024"), messages);
  }

  @Test
  void noMessageIsEverLongerThanTelegramsLimit() {
    String longText = "word ".repeat(2000).strip();
    Quote quote = new Quote(longText, AP, List.of(new Span(0, 4)));
    Answer answer = new Answer("q", Answer.Outcome.ANSWERED, "Lead.", List.of(quote, quote, quote));

    List<String> messages = TelegramRenderer.answer(answer);

    assertEquals(4, messages.size());
    assertEquals("Lead.", messages.get(0));
    for (int i = 1; i < messages.size(); i++) {
      String message = messages.get(i);
      assertTrue(message.length() <= TelegramRenderer.LIMIT, "length " + message.length());
      assertTrue(message.startsWith("<blockquote><b>word</b> word word "), message.substring(0, 40));
      assertTrue(message.endsWith(" word\u2026</blockquote>\n[" + i + "] Kenyan Police Arrive in Haiti \u2014 "
          + "Associated Press, 25 Jun 2024"), message.substring(message.length() - 100));
    }
  }

  @Test
  void anAnswerWithNeitherLeadNorQuotesStillSaysSomething() {
    Answer answer = Answer.unanswered("", Answer.Outcome.EMPTY, "");

    assertEquals(List.of("The articles don't say."), TelegramRenderer.answer(answer));
  }

  @Test
  void sourcesAreNumberedLinesWithOutletAndDateEscapedAndSplitBetweenLines() {
    Article first = article("Q&A: <Haiti>", "R&R", LocalDate.of(2024, 3, 14));
    Article second = article("Kenyan Police Arrive in Haiti", "Associated Press", LocalDate.of(2024, 6, 25));

    assertEquals(List.of("<b>The articles I answer from</b>\n1. Q&amp;A: &lt;Haiti&gt; \u2014 R&amp;R, 14 Mar 2024\n"
        + "2. Kenyan Police Arrive in Haiti \u2014 Associated Press, 25 Jun 2024"),
        TelegramRenderer.sources(List.of(first, second)));
    assertEquals(List.of("<b>The articles I answer from</b>\n1. Q&amp;A: &lt;Haiti&gt; \u2014 R&amp;R, 14 Mar 2024",
        "2. Kenyan Police Arrive in Haiti \u2014 Associated Press, 25 Jun 2024"),
        TelegramRenderer.sources(List.of(first, second), 90));
  }

  @Test
  void aLongSourceListShowsTheNewestFiftyAndCountsTheRest() {
    List<Article> many = new java.util.ArrayList<>();
    for (int i = 0; i < 120; i++) {
      many.add(article("Story " + i, "Wire", LocalDate.of(2024, 1, 1)));
    }
    String all = String.join("\n", TelegramRenderer.sources(many));

    assertTrue(all.contains("\n50. Story 49 ") && !all.contains("Story 50 "), all);
    assertTrue(all.endsWith("\n\u2026 and 70 more articles, not listed here."), all);
    assertTrue(TelegramRenderer.sources(many).size() <= 2, "a message or two, not a flood");
  }

  @Test
  void plainTextLongerThanTheLimitIsCutAtAWordBoundary() {
    assertEquals("one two\u2026", TelegramRenderer.plain("one two three", 10));
    assertEquals("a &amp; b", TelegramRenderer.plain("a & b", 10));
  }

  @Test
  void inlineChoicesOfferEachQuoteWithTheLeadAndThePlainQuoteAsDescription() {
    Quote quote = new Quote("Canada pledged $80.5 million.", AP, List.of(new Span(15, 28)));
    Answer answer = new Answer("How much?", Answer.Outcome.ANSWERED, "$80.5 million.", List.of(quote));

    assertEquals(List.of(new InlineChoice("$80.5 million.", "Canada pledged $80.5 million.",
        "$80.5 million.\n\n<blockquote>Canada pledged <b>$80.5 million</b>.</blockquote>\n"
            + "[1] Kenyan Police Arrive in Haiti \u2014 Associated Press, 25 Jun 2024")), TelegramRenderer.inline(answer));
  }

  private static Article article(String title, String outlet, LocalDate published) {
    return new Article(title.toLowerCase(), title, outlet, published, false, null, "body");
  }
}
