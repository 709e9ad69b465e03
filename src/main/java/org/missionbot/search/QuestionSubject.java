package org.missionbot.search;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionbot.corpus.Countries;

/**
 * Blanks what a question says that is not what it asks about (the asker's own people, "supposed to",
 * the kind of answer it wants, a place noun after a nationality, the news that tells it) to spaces of
 * its length, so that every word of its subject keeps its place.
 */
final class QuestionSubject {

  /** Phrases that only say what kind of answer is wanted ("the purpose of"): the kind, not the subject. */
  private static final Pattern KIND_PHRASES = Pattern.compile(
      "(?i)\\b(?:the|its|their) (?:main |real |stated )?(?:purpose|aim|goal|objective|point|reason|cause) (?:of|for|behind)\\b"
          + "|\\bhow (?:large|big|long|far|old|high|small)\\b|\\bstands? for\\b|\\bthe meaning of\\b"
          // "what does the acronym MSS mean", "MSS full name": the letters are what is asked about
          + "|\\b(?:acronym|abbreviation|initialism)s?\\b|\\bfull (?:name|form)\\b|\\bshort for\\b|\\b(?:mean|means|meaning)\\b"
          // "which country leads it?" asks for a country: the word says what kind, like "how much money"
          + "|\\b(?:which|what)(?: other)? (?:countr(?:y|ies)|nations?)\\b"
          // "in which city", "what month and year", "what day of the week": a place or a date, not a word to find
          + "|\\b(?:which|what) (?:" + Cue.PLACE_NOUNS + "|" + Cue.DATE_NOUNS + ")"
          + "(?: of the week| and year)?\\b"
          + "|\\bday of the week\\b|\\b(?:month|day) and year\\b");

  /**
   * The asker's own people ("my dad keeps saying", "my uncle in Montreal", "my Canadian friend"): who
   * the question comes from, never what it asks about the articles.
   */
  private static final Pattern ASKERS_PEOPLE = Pattern.compile("(?i)\\bmy (?:[\\p{L}-]+ )?(?:dad|father|mom|mum|mother|parents?"
      + "|uncle|aunt|cousin|friend|buddy|pal|brother|sister|wife|husband|spouse|partner|girlfriend|boyfriend|son|daughter|kids?"
      + "|grand(?:mother|father|ma|pa|parents?)|boss|co-?workers?|colleagues?|neighbou?rs?|teacher|prof|professor|roommate"
      + "|family|relatives?|in-laws?)s?\\b");
  /**
   * The news item and its verb of telling ("the figure the articles give", "what the AP piece
   * mentions", "how does the report describe"): they say where the answer is written, not what it is
   * about, and no passage holds them ("the most recent figure the articles give for Canada's funding").
   */
  private static final Pattern TOLD_BY_THE_NEWS = Pattern.compile("(?i)\\b(?:(?:the|this|that|these|those|its|their) )?"
      + "(?:(?:news|wire|\\d{4}) )?(?:" + Cue.NEWS_ITEMS + "|sources?) (?:(?:" + Cue.TELLING_ADVERBS
      + ") )?(?:" + Cue.TELLING + "|gives?|gave|mentions?|mentioned|states?|stated|notes?|noted|cites?|cited"
      + "|describes?|described|lists?|listed|puts?|reports?|reported|claims?|claimed)\\b");
  /**
   * A word that, before "to", only tells how an action was planned ("what was the money supposed to
   * be spent on", "the headcount meant to go"): the verb after it is what the question is about.
   */
  private static final Pattern BEFORE_A_VERB = Pattern.compile("(?i)\\b(?:supposed|meant)(?= to\\b)");
  /** What a question says that is not what it asks about, blanked in this order before its words are read. */
  private static final List<Pattern> NOT_ASKED = List.of(ASKERS_PEOPLE, KIND_PHRASES, TOLD_BY_THE_NEWS, BEFORE_A_VERB);
  /** A place asked for with a nationality before it ("which Canadian city"): group 1 the nationality, 2 the noun. */
  private static final Pattern NATIONALS_PLACE = Pattern.compile("(?i)\\b(?:which|what) ([\\p{L}-]{1,30}) ("
      + Cue.PLACE_NOUNS + ")\\b");

  private QuestionSubject() {}

  /**
   * The question's text with what it says that is not what it asks about blanked, in {@link
   * #NOT_ASKED}'s order, then the noun that only says what kind of answer keywords want ("unga 80 host
   * city"), then the noun of a place asked for with a nationality before it ("which Canadian city").
   */
  static String blanked(String text) {
    // phrases blanked to spaces of their own length, so every token's offsets hold in the question too
    String asked = text;
    for (Pattern notAsked : NOT_ASKED) {
      asked = blanked(asked, notAsked);
    }
    MatchResult kindNoun = KindReader.keywordKindNoun(text); // "unga 80 host city": a city is sought, not the word
    if (kindNoun != null) {
      asked = blanked(asked, kindNoun);
    }
    StringBuilder subject = new StringBuilder(asked);
    Matcher place = NATIONALS_PLACE.matcher(asked);
    while (place.find()) { // "which Canadian city" asks a place in Canada; "Mexico City" is a name
      if (Countries.get().isDemonym(place.group(1))) {
        subject.replace(place.start(2), place.end(2), " ".repeat(place.end(2) - place.start(2)));
      }
    }
    return subject.toString();
  }

  /** The text with what the pattern matches blanked to spaces of its own length. */
  private static String blanked(String text, Pattern pattern) {
    return pattern.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
  }

  private static String blanked(String text, MatchResult span) {
    return text.substring(0, span.start()) + " ".repeat(span.end() - span.start()) + text.substring(span.end());
  }
}
