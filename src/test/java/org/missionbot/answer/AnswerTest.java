package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionbot.answer.Answer.Outcome;

class AnswerTest {

  private static final Citation CITATION = new Citation("id", "Headline", null, null, false, null);

  @Test
  void unansweredAnswerCarriesItsMessageAndNoQuotes() {
    Answer answer = Answer.unanswered("q?", Outcome.NOT_IN_ARTICLES, "The articles don't say.");

    assertFalse(answer.answered());
    assertEquals("The articles don't say.", answer.lead());
    assertEquals(List.of(), answer.quotes());
  }

  @Test
  void unansweredAnswerCannotHaveQuotes() {
    Quote quote = new Quote("Text.", CITATION, List.of());

    assertThrows(IllegalArgumentException.class, () -> new Answer("q?", Outcome.EMPTY, "", List.of(quote)));
  }

  @Test
  void onlyAQuestionTheArticlesDoNotAnswerIsRefusedByACheck() {
    Answer refused = new Answer("q?", Outcome.NOT_IN_ARTICLES, "The articles don't say.", List.of(), "en",
        Answer.Refusal.DEED);

    assertEquals(Answer.Refusal.DEED, refused.withFirstLine("Reading that as: q").refusal(), "kept under a first line");
    assertEquals("deed", refused.refusal().label());
    assertThrows(IllegalArgumentException.class,
        () -> new Answer("q?", Outcome.SMALL_TALK, "Hello!", List.of(), "en", Answer.Refusal.DECISION));
  }

  @Test
  void quotesAreCopiedSoTheAnswerCannotChange() {
    List<Quote> quotes = new ArrayList<>(List.of(new Quote("Text.", CITATION, List.of())));
    Answer answer = new Answer("q?", Outcome.ANSWERED, "lead", quotes);

    quotes.clear();

    assertTrue(answer.answered());
    assertEquals(1, answer.quotes().size());
  }

  @Test
  void highlightMustLieInsideTheQuote() {
    assertEquals(new Span(0, 5), new Quote("Text.", CITATION, List.of(new Span(0, 5))).highlights().get(0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Quote("Text.", CITATION, List.of(new Span(2, 6))));
    assertTrue(e.getMessage().contains("5 chars"), e.getMessage());
  }

  @Test
  void spanMustBeNonEmptyAndNotNegative() {
    assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> new Span(3, 3));
  }
}
