package org.missionbot.answer;

import java.util.List;
import org.missionbot.search.Language;

/**
 * What a question gets back. "No answer" is a normal answer whose outcome says why.
 *
 * @param question the question as asked
 * @param outcome whether it was answered and, if not, why
 * @param lead a short answer drawn from the quotes, or the message that explains the outcome; may be ""
 * @param quotes the evidence, best first, at most {@link AnswerEngine#MAX_QUOTES}; empty unless answered
 * @param language the ISO code of the language the question was read in and the lead is written in
 *     ("en", "fr", "ht"); quotes are always the articles' English
 */
public record Answer(String question, Outcome outcome, String lead, List<Quote> quotes, String language) {

  /** Why a question was or was not answered. */
  public enum Outcome {
    /** Quotes that answer the question. */
    ANSWERED,
    /** The articles hold no answer. */
    NOT_IN_ARTICLES,
    /** Nothing was asked. */
    EMPTY,
    /** The question is longer than the engine reads. */
    TOO_LONG,
    /** A greeting, thanks or a question about the bot itself: a friendly reply, no quotes. */
    SMALL_TALK,
    /** A vague request for news: the newest articles' opening sentences, dated. */
    OVERVIEW
  }

  /** An answer in English. */
  public Answer(String question, Outcome outcome, String lead, List<Quote> quotes) {
    this(question, outcome, lead, quotes, "en");
  }

  public Answer {
    quotes = List.copyOf(quotes);
    if (!answered(outcome) && !quotes.isEmpty()) {
      throw new IllegalArgumentException("an unanswered question has no quotes");
    }
  }

  /** An answer without quotes that says why. */
  public static Answer unanswered(String question, Outcome outcome, String message) {
    return new Answer(question, outcome, message, List.of());
  }

  /** An answer without quotes that says why, in a language. */
  public static Answer unanswered(String question, Outcome outcome, String message, String language) {
    return new Answer(question, outcome, message, List.of(), language);
  }

  /**
   * This answer with a first line saying that the articles are in English and quoted as written, in
   * the answer's language; the same answer when it is in English or has no quotes.
   */
  public Answer withEnglishNote() {
    Language l = Language.ofCode(language);
    if (!answered() || l == null || l == Language.ENGLISH) {
      return this;
    }
    String note = Messages.get(l, "articles_in_english");
    return new Answer(question, outcome, lead.isEmpty() ? note : note + "\n" + lead, quotes, language);
  }

  /** This answer with a first line before its lead ("Reading that as: ..."), answered or not. */
  public Answer withFirstLine(String line) {
    return new Answer(question, outcome, lead.isEmpty() ? line : line + "\n" + lead, quotes, language);
  }

  /** Whether it answers with quotes: an answer proper, or the overview a vague question gets. */
  public boolean answered() {
    return answered(outcome);
  }

  private static boolean answered(Outcome outcome) {
    return outcome == Outcome.ANSWERED || outcome == Outcome.OVERVIEW;
  }
}
