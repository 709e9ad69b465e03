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
 * @param refusal which check found that the articles do not answer it; null unless the outcome is
 *     {@link Outcome#NOT_IN_ARTICLES} and a check of the engine refused (for people tuning it)
 */
public record Answer(String question, Outcome outcome, String lead, List<Quote> quotes, String language,
    Refusal refusal) {

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

  /** Which check of the engine found that the passages it found do not answer the question. */
  public enum Refusal {
    /** The learned answer-or-abstain decision: no passage is likely to answer it. */
    DECISION,
    /** The best passage tells of another of the events an ordinal counts ("the second contingent"). */
    ORDINAL,
    /** The question asks who came after someone in a role, and no article names anyone in it after them. */
    SUCCESSION,
    /** The best passage does not tell of the deed asked about ("who chairs the council?"). */
    DEED,
    /** The best passage does not name a thing of the type asked ("which court"). */
    ASKED_TYPE,
    /** The best passage does not give the name asked for ("the name of the terminal"). */
    NAMED,
    /** No quoted figure belongs to the country, body or person asked about. */
    HOLDER,
    /** No quoted figure counts or measures the thing asked about ("how many gangs?"). */
    COUNTED,
    /** The question asks about the future and no quote holds a coming date or what it waits on. */
    FUTURE,
    /** The question asks for the outlet of an article whose outlet is not known. */
    OUTLET;

    /** The lower-case name {@code ask --json} and {@code eval --verbose} print. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** An answer, not refused by a check. */
  public Answer(String question, Outcome outcome, String lead, List<Quote> quotes, String language) {
    this(question, outcome, lead, quotes, language, null);
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
    if (refusal != null && outcome != Outcome.NOT_IN_ARTICLES) {
      throw new IllegalArgumentException("only a question the articles do not answer is refused by a check");
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
    return new Answer(question, outcome, lead.isEmpty() ? line : line + "\n" + lead, quotes, language, refusal);
  }

  /** Whether it answers with quotes: an answer proper, or the overview a vague question gets. */
  public boolean answered() {
    return answered(outcome);
  }

  private static boolean answered(Outcome outcome) {
    return outcome == Outcome.ANSWERED || outcome == Outcome.OVERVIEW;
  }
}
