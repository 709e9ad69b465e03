package org.missionbot.search;

import java.util.List;

/**
 * Fragments of the patterns that cue a question's kind, read by more than one kind or by the question
 * reader; a class of their own because an enum's constants cannot read its static fields.
 */
final class Cue {
  /** The news item itself as a question names it ("the 2022 article", "the AP piece"). */
  static final String NEWS_ITEMS = "articles?|stor(?:y|ies)|pieces?|reports?|coverage|write-?ups?";
  /** The words that may stand between a news item and its verb of telling ("the story also says"). */
  static final String TELLING_ADVERBS = "also|actually|even|really|specifically|just";
  /** The verbs of telling whose subject may be the news item: it tells where the answer is written. */
  static final String TELLING = "say|says|said|tell|tells|told";
  /**
   * The nouns of money that ask an amount after "what" and stand for one in a keyword search ("canada cash
   * haiti"); "cheque" as Canadians spell it (not "check", a verb as often). A question must hold one of
   * them for the amount kind's patterns of them to be tried.
   */
  static final List<String> MONEY_WORDS = List.of("cost", "funding", "money", "cash", "funds", "financing", "budget", "cheque");
  /** The same nouns as a pattern, each with an optional plural "s" ("costs", "cheques"). */
  static final String MONEY_NOUNS = String.join("|", MONEY_WORDS.stream().map(w -> w + "s?").toList());
  /** The nouns of a part of a whole: "how big a chunk of the capital" asks a share, not a count. */
  static final String SHARE_NOUNS = "(?:share|part|chunk|slice|portion|fraction|proportion|percentage)\\b";
  /** The nouns that, after "which" or "what" or as "the name of", ask for a person. */
  static final String PERSON_NOUNS = "(?:person|leader|official|diplomat|minister|president|ambassador|secretary|man|woman"
      + "|politician|envoy|commander|boss|chief|elite|individual|businessm[ae]n|businesspe(?:rson|ople)|pm|premier|guy)s?\\b";
  static final String WHO_LEADS = "\\bwho(?:'s| is)? (?:leads|led|leading|heads|headed|heading|commands|runs|in charge)";
  /** The nouns that, after "which" or "what", ask for a city: a place that is neither a country nor a setting. */
  static final String CITY_NOUNS = "(?:city|cities|towns?)";
  /** The nouns that, after "which" or "what", ask for a place. */
  static final String PLACE_NOUNS = "(?:" + CITY_NOUNS + "|places?|venues?|locations?)";
  /**
   * "count" or "tally" as the noun that asks a count ("cholera case count", "the count of those
   * sanctioned", "any annual tally?"), not the verb ("does it count as", "they count on").
   */
  static final String COUNT_NOUN = "(?<!\\b(?:do|does|did|to|will|would|can|could|they|we|you|i) )\\b(?:counts?|tall(?:y|ies))\\b"
      + "(?! (?:on|as|for|towards?|among|the|them|it|up)\\b)";
  /**
   * "date" as the noun that asks a date ("Henry's start date", "got an exact date for me?", "date of"),
   * not "to date" (so far) or the verb ("dates back to").
   */
  static final String DATE_NOUN = "(?<!\\bto )\\bdates?\\b(?! (?:back|from)\\b)";
  /** A count of the dead asked for by its name. */
  static final String DEATH_TOLL = "\\b(?:death|casualty) (?:tolls?|tally|counts?)\\b";
  /** An age asked for. */
  static final String AGE = "how old\\b|(?:what|which) age\\b|\\bthe age of\\b";
  /** The nouns that, after "which" or "what", ask for a date. */
  static final String DATE_NOUNS = "(?:dates?|years?|days?|months?)";
  /** What may stand between "what" and the date it asks: "what exact date", "what's the planned date". */
  static final String DATE_QUALITIES = "(?:exact|precise|specific|actual|official|planned|scheduled|target|new|same)";
  /**
   * Up to two words between "which" or "what" and the noun it asks for ("which Haitian officials"), but
   * not an auxiliary that puts the noun after it as the subject: "what did the president say", "what
   * were rights groups worried about" ask what, not who; "what was the agency that ..." still asks it.
   * Nor a preposition, after which the noun is another's: "which tool against the elites".
   */
  static final String BEFORE_NOUN = "(?:(?!(?:do|does|did|will|would|can|could|should|shall|may|might|must|has|have"
      + "|had|kinds?|sorts?|types?|against|for|on|in|at|to|from|with|about|by|over|under|into|than)\\b)(?!(?:is|was|are|were)\\s(?!(?:a|an|the|this"
      + "|that|these|those)\\b))\\w+ ){0,2}";

  /**
   * Up to two words between "which" or "what" and the countries it asks for ("which Caribbean nations",
   * "what other countries"), none a verb's helper or an article: "what is the state of security" and
   * "the nation's capital" ask no country, nor do "the United Nations" or "the United States".
   */
  static final String BEFORE_COUNTRY = "(?:(?!(?:do|does|did|will|would|can|could|should|has|have|had|is|was|are|were"
      + "|the|a|an|this|that|its|their|united|kinds?|sorts?|types?)\\b)[\\w-]+ ){0,2}";

  /** Whose, between "what is" and the noun asked: "what is Canada's current military budget". */
  static final String OWNED = "(?:[\\w-]+(?:'s|\u2019s) (?:[\\w-]+ ){0,2})?";

  private Cue() {}

  /**
   * A noun that names a quantity asked for, where it is what is asked: after "what" or "which" ("what
   * is the population of"), with "of" after it, or after a possessive ("Canada's GDP"); not "the
   * mission protected the population", "why did food prices rise".
   */
  static String asked(String noun) {
    return "(?:(?:what|which)(?:'s| is| was| are| were)?(?: the)? " + OWNED + noun + "\\b|\\b" + noun + " of\\b|'s " + noun + "\\b)";
  }
}
