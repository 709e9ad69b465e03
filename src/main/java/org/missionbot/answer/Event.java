package org.missionbot.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event a question names as its time ("when the Kenyans arrived", "before Henry's resignation"), and
 * where its clause stands in the question.
 *
 * @param words the event's words ("the Kenyans arrived")
 * @param start where its clause starts in the question, inclusive
 * @param end where its clause ends in the question, exclusive
 * @param at whether the question asks of the event's own time ("when the Kenyans arrived"), which
 *     dates it, or of one side of it ("before the Kenyans arrived"), which does not: a side's clause is
 *     still no words to look for
 */
record Event(String words, int start, int end, boolean at) {

  /** A deed done, as a clause's last word: a verb in the past tense ("arrived", "came", "touched down"). */
  private static final String PAST = "(?:[\\p{L}-]+ed|came|began|took|went|met|made|got|left|fell|won|spoke|touched down"
      + "|showed up)";
  /** As {@link #PAST}, with a verb's particle after it ("stepped down", "pulled out") and a few more irregular verbs. */
  private static final String DONE = "(?:" + PAST + "|became|quit)(?:\\s+(?:down|up|out|off|over|back|away|aside)\\b)?";
  /** A gerund ("landing"), not a part of the day ("morning") nor a thing ("anything"). */
  private static final String GERUND = "(?!(?:morning|evening|\\p{L}*thing|spring)\\b)[\\p{L}-]{3,}ing";
  /** A deed named by its noun ("arrival", "deployment", "resignation") or its gerund ("landing"). */
  private static final String DEED = "(?:[\\p{L}-]+(?:al|ment|tion|sion)|" + GERUND + ")";
  /**
   * "... when the Kenyans arrived", "by the time the first officers landed": a clause, after the question
   * word or opening the question ("By the time the Kenyans arrived, how much ..."), that dates what is
   * asked by an event (a verb in the past tense, with up to three words after it that end the clause:
   * "when Trudeau spoke with Ruto", whom another article's "Trudeau spoke at a climate summit" lacks), or a
   * phrase that names the event by its noun ("as of the Kenyan arrival").
   */
  private static final Pattern EVENT = Pattern.compile("(?i)(?:(?<=\\S\\s)when|(?:(?<=\\S\\s)|^\\W*)(?:by the time|at the time"
      + "|around the time))\\s+"
      + "((?:[\\p{L}'\u2019-]+\\s+){1,5}?" + PAST + "(?:(?:\\s+[\\p{L}'\u2019-]+){1,3}(?=\\s*(?:[,;?.!\u2014]|\\s-\\s|$)))?)\\b"
      // or named by a noun of the deed: "as of the Kenyan arrival", "at the time of the resignation"
      // or by a gerund ("at the time of the Kenyan landing"), not a part of the day ("as of this morning")
      + "|(?:(?<=\\S\\s)|^\\W*)(?:as of|at the time of|around the time of|by the time of|upon)\\s+"
      + "((?:[\\p{L}'\u2019-]+\\s+){0,3}?" + DEED + ")\\b");
  /**
   * "before the Kenyans arrived", "after Henry's resignation", "since the Kenyan arrival": what is asked
   * lies on one side of an event, named as {@link #EVENT} names it: a clause ending in a verb in the
   * past tense whose doer is named (not "he", whom only the rest of the question names), or the deed's
   * noun, with whom or what it is of, ending the clause ("after the resignation of Ariel Henry, ...", not
   * "after several months of talks"), and after a word when it is a gerund ("before the Kenyan landing"),
   * not led by one ("before deploying", "before making that decision": the doer is the question's own,
   * and the deed is often in the sentence that answers). The word, then the clause or the noun.
   */
  private static final Pattern SIDE_EVENT = Pattern.compile("(?i)(?<![\\p{L}-])(before|prior to|ahead of|until|till|after|since"
      + "|following|once)\\s+(?:(?!(?:he|she|it|they|we|i|you)\\b)((?:[\\p{L}'\u2019-]+\\s+){1,5}?" + DONE + ")\\b"
      + "|(?!" + GERUND + "\\b)((?:(?:[\\p{L}'\u2019-]+\\s+){0,3}?[\\p{L}-]+(?:[vswi]al|ment|tion|sion)|(?:[\\p{L}'\u2019-]+\\s+){1,3}?" + GERUND + ")"
      + "(?:\\s+of(?:\\s+[\\p{L}'\u2019-]+){1,3})?)(?=\\s*(?:[,;?.!\u2014]|\\s-\\s|$)))");

  /**
   * Who did a deed named by its noun, after it: "the arrival of the Kenyans", or in French's order as
   * the glossary reads it, "arrival kenyans" ("l'arrivée des Kenyans"). Without them "the arrival" is
   * anyone's, and dates the question by the first arrival the articles report.
   */
  private static final Pattern DOERS = Pattern.compile("(?i)\\s+(?:of\\s+)?(?:the\\s+)?(\\p{L}+)\\b");

  /**
   * Where the question dates what it asks by an event of the articles ("when the Kenyans arrived",
   * "before the Kenyans arrived"): the event's words, the clause's place in the question and whether
   * the event dates it, or null when it names none. A question that also names a date ("when the
   * Kenyans arrived in June 2024") is dated by that date; the clause is still no words to look for.
   */
  static Event in(String question) {
    Matcher m = EVENT.matcher(question);
    if (m.find()) {
      return m.group(1) != null ? new Event(m.group(1), m.start(), m.end(), true) : doneBy(question, m, 2, true);
    }
    Matcher side = SIDE_EVENT.matcher(question);
    if (!side.find()) {
      return null;
    }
    return new Event(side.group(2) != null ? side.group(2) : side.group(3), side.start(), side.end(), false);
  }

  /** The event named by the noun in group {@code noun} of the match, with who did it when the question says so after it. */
  private static Event doneBy(String question, Matcher m, int noun, boolean at) {
    Matcher whose = DOERS.matcher(question).region(m.end(), question.length());
    return whose.lookingAt() && !Attribution.countriesIn(whose.group(1)).isEmpty() // a people ("Kenyans") or a country
        ? new Event(question.substring(m.start(noun), whose.end()), m.start(), whose.end(), at)
        : new Event(m.group(noun), m.start(), m.end(), at);
  }

  /** The question without the clause, blanked to spaces of its length. */
  String outOf(String question) {
    return question.substring(0, start) + " ".repeat(end - start) + question.substring(end);
  }
}
