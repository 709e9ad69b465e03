package org.missionbot.answer;

import java.util.List;

/**
 * What a question gets back. "No answer" is a normal answer whose outcome says why.
 *
 * @param question the question as asked
 * @param outcome whether it was answered and, if not, why
 * @param lead a short answer drawn from the quotes, or the message that explains the outcome; may be ""
 * @param quotes the evidence, best first, at most {@link AnswerEngine#MAX_QUOTES}; empty unless answered
 */
public record Answer(String question, Outcome outcome, String lead, List<Quote> quotes) {

  /** Why a question was or was not answered. */
  public enum Outcome {
    ANSWERED, NOT_IN_ARTICLES, EMPTY, TOO_LONG
  }

  public Answer {
    quotes = List.copyOf(quotes);
    if (outcome != Outcome.ANSWERED && !quotes.isEmpty()) {
      throw new IllegalArgumentException("an unanswered question has no quotes");
    }
  }

  /** An answer without quotes that says why. */
  public static Answer unanswered(String question, Outcome outcome, String message) {
    return new Answer(question, outcome, message, List.of());
  }

  public boolean answered() {
    return outcome == Outcome.ANSWERED;
  }
}
