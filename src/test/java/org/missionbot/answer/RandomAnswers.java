package org.missionbot.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.missionbot.BadInput;

/**
 * Seeded random Answers for renderer properties: leads, quotes, highlights and citations made of
 * {@link BadInput} text, now and then 100 KB long or with no space to cut at.
 */
public final class RandomAnswers {

  private final BadInput input;

  public RandomAnswers(long seed) {
    this.input = new BadInput(seed);
  }

  public BadInput input() {
    return input;
  }

  public Answer next() {
    int quotes = input.random().nextInt(AnswerEngine.MAX_QUOTES + 1);
    if (quotes == 0) {
      return Answer.unanswered(input.text(5), Answer.Outcome.NOT_IN_ARTICLES, text());
    }
    List<Quote> list = new ArrayList<>();
    for (int i = 0; i < quotes; i++) {
      list.add(quote());
    }
    return new Answer(input.text(5), Answer.Outcome.ANSWERED, text(), list);
  }

  private Quote quote() {
    String text = text();
    if (text.isEmpty()) {
      text = "x";
    }
    return new Quote(text, citation(), highlights(text));
  }

  private Citation citation() {
    String title = input.text(12);
    LocalDate date = input.random().nextBoolean() ? null : LocalDate.ofEpochDay(input.random().nextInt(30_000));
    return new Citation("id", title.isEmpty() ? "t" : title, input.random().nextBoolean() ? null : input.text(4), date,
        input.random().nextBoolean(), null);
  }

  /** Sorted, non-overlapping spans inside the text. */
  private List<Span> highlights(String text) {
    List<Span> spans = new ArrayList<>();
    int at = 0;
    int count = input.random().nextInt(4);
    for (int i = 0; i < count && at < text.length() - 1; i++) {
      int start = at + input.random().nextInt(text.length() - at);
      int end = start + 1 + input.random().nextInt(Math.max(1, Math.min(200, text.length() - start)));
      end = Math.min(end, text.length());
      if (end > start) {
        spans.add(new Span(start, end));
        at = end;
      }
    }
    return spans;
  }

  private String text() {
    return switch (input.random().nextInt(12)) {
      case 0 -> input.huge(100_000);
      case 1 -> input.huge(5_000 + input.random().nextInt(5_000));
      default -> input.text(60);
    };
  }
}
