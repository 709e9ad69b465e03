package org.missionbot.search;

import static org.missionbot.search.QuestionKind.AMOUNT;
import static org.missionbot.search.QuestionKind.COUNT;
import static org.missionbot.search.QuestionKind.COUNTRY;
import static org.missionbot.search.QuestionKind.DURATION;
import static org.missionbot.search.QuestionKind.NAME;
import static org.missionbot.search.QuestionKind.OTHER;
import static org.missionbot.search.QuestionKind.PERSON;
import static org.missionbot.search.QuestionKind.PLACE;
import static org.missionbot.search.QuestionKind.REASON;
import static org.missionbot.search.QuestionKind.SHARE;
import static org.missionbot.search.QuestionKind.SPEECH;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionbot.corpus.Countries;
import org.missionbot.corpus.CountryNames;

/**
 * The reader of the kinds a question asks for: each kind's cue where it stands among the words that ask
 * ({@link QuestionWords#asked}), then the rules that settle cues that contend ("how much of" asks a
 * share, not an amount; "who is leading canada?" a person, not a country).
 */
public final class KindReader {

  /**
   * Money named as a topic. It asks for an amount where it is what is asked ({@link Cue#asked}) or where the
   * question asks nothing else (a search typed as keywords), not beside another question word or cue:
   * "what happened to US funding", "which summit strained the defence budget", "is funding the reason",
   * "did Trump freeze US funding?".
   */
  private static final Pattern MONEY_TOPIC = Pattern.compile("\\b(?:" + Cue.MONEY_NOUNS + ")\\b");
  /**
   * A noun that, in a search typed as keywords, names the kind of answer sought, as it does after
   * "which" or "what": a city ("arrival city for the vanguard", "joly's home town"), a country ("mss
   * contributing countries besides kenya", "mss leading nation") or a length of time ("blinken trip
   * length", "asset freeze duration"). It ends its phrase, as the noun the words
   * before it qualify; before another noun it is part of a name ("quebec city summit"), and so it is
   * after a capitalised word ("New York City"). After an article or a preposition it names a thing
   * of its own, not a kind ("80% of the city", "discussed Haiti at length"). Matched on the question
   * as typed, for its capitals.
   */
  private static final Pattern KEYWORD_KIND_NOUN = Pattern.compile("(?<!\\b(?i:the|a|an|this|that|these|those|his|her"
      + "|its|their|our|my|your|of|in|at|to|for|from|on|with|by)\\s)(?<!\\p{Lu}[\\p{L}.'\u2019-]{0,20}\\s)"
      + "(?i)\\b(?:(cit(?:y|ies)|towns?|venues?)|(countr(?:y|ies)|nations?)|(?:length|duration)s?)\\b"
      + "(?=\\s*(?:$|[?.!,;:\u2014-]|(?:for|of|in|on|to|besides|except|excluding|other than|apart from"
      + "|years?|months?|weeks?|days?|hours?)\\b))"); // "duration years": its unit

  /** A cue of a count that asks only how big something is, whatever it measures: "size", "how big". */
  private static final Pattern MAGNITUDE = Pattern.compile("\\bsize\\b|how (?:large|big)\\b");
  /** The word just after "how many". */
  private static final Pattern COUNTS_A_NAME = Pattern.compile("how many (\\p{L}+)");

  /**
   * "name" as the verb that asks which ones ("can you name the elites ...", "name some countries"), not
   * the noun ("the name of the gang").
   */
  private static final Pattern NAME_THEM = Pattern.compile("(?:^\\W*|\\byou |\\bplease |\\bpls |\\bplz )(name (?:the|(?:some|a few"
      + "|all|any|one|two|three|four|five|\\d+)(?: of the)?)) ");

  /**
   * The name of a person asked for by the role ("the name of the Kenyan commander", "what is the US
   * envoy called"): a person's name, not an organisation's.
   */
  private static final Pattern PERSON_NAMED = Pattern.compile("\\bnames? of (?:the |a |an |this |that |its |their |[\\w-]+(?:'s|\u2019s) )?"
      + "(?:[\\w-]+ ){0,3}?" + Cue.PERSON_NOUNS + "(?!['\u2019])|\\bwhat(?:'s| is| was| are| were)? (?:the|this|that|these|those) (?:[\\w-]+ ){0,3}?"
      + Cue.PERSON_NOUNS + "(?: [\\w-]+){0,4} called\\b");

  /** "Which city", "what Haitian town": a city, which no country ("Haiti") nor setting ("at home") is. */
  private static final Pattern ASKS_CITY = Pattern.compile("\\b(?:which|what) (?:[\\w-]+ )?" + Cue.CITY_NOUNS + "\\b");

  /** "Who leads", "who is in charge of" and the like, then a country's name ("canada", "the united states"). */
  private static final Pattern LEADS = Pattern.compile("(?i)" + Cue.WHO_LEADS + "(?: of)? (?:the )?");
  /** What may follow the country a question asks the leader of: its end, or when ("now", "in 2025"). */
  private static final Pattern ENDS = Pattern.compile("(?i)\\W*(?:$|(?:now|today|currently|these days|right now"
      + "|at the moment|in (?:19|20)\\d\\d)\\b)");

  /**
   * What was meant or planned ("meant to go", "supposed to arrive"), which asks a purpose only when
   * nothing else is asked before it; not "meant for", "meant to achieve", "supposed to be used".
   */
  private static final Pattern PLANNED = Pattern.compile("(?:supposed|meant|intended|designed) to (?!(?:be )?(?:do|achieve"
      + "|accomplish|used|spent|for)\\b)");

  private KindReader() {}

  /** Whether the question, in lower case, asks for a city ("which city hosts the summit?"). */
  public static boolean asksCity(String question) {
    return ASKS_CITY.matcher(question).find();
  }

  /** The kinds a question asks for, in the order their cues stand in it; OTHER alone when none. */
  static List<QuestionKind> of(String question) {
    return reading(question).kinds();
  }

  /**
   * Where the noun stands that a search typed as keywords asks its kind by ("unga 80 host city"), or
   * null when the question asks its kind otherwise, or is no such search: the words to find leave it out.
   */
  static MatchResult keywordKindNoun(String question) {
    // the noun first, alone: most questions have none, and need not have their cues read a second time
    return KEYWORD_KIND_NOUN.matcher(question).find() ? reading(question).keywordNoun() : null;
  }

  /** The kinds a question asks for, and the noun of a keyword search that told one. */
  private record Reading(List<QuestionKind> kinds, MatchResult keywordNoun) {}

  private static Reading reading(String question) {
    String q = askedWords(question);
    Map<QuestionKind, Integer> found = cues(q);
    MatchResult keywordNoun = found.isEmpty() && QuestionWords.isKeywordSearch(q) ? keywordCues(question, q, found) : null;
    dropMisreadCues(question, q, found);
    settleAmount(q, found);
    if (found.containsKey(COUNTRY) && found.containsKey(PERSON) && found.get(COUNTRY) <= found.get(PERSON)) {
      found.put(PERSON, found.get(PERSON) + 1); // "who leads the mission?": a country, or else a person
    }
    return new Reading(inCueOrder(found), keywordNoun);
  }

  /** The question in lower case with what it does not ask blanked out, and "name the ..." read as "which ...". */
  private static String askedWords(String question) {
    String q = QuestionWords.asked(question.toLowerCase(Locale.ROOT));
    Matcher nameThem = NAME_THEM.matcher(q);
    if (nameThem.find()) {
      q = q.substring(0, nameThem.start(1)) + "which " + q.substring(nameThem.end()); // "name the parties": "which parties"
    }
    return q;
  }

  /** Where each kind's cue first stands in the asked words {@code q}, a person asked by role or by a noun of people included. */
  private static Map<QuestionKind, Integer> cues(String q) {
    Map<QuestionKind, Integer> found = new EnumMap<>(QuestionKind.class);
    for (QuestionKind kind : QuestionKind.values()) {
      int at = kind.cueAt(q);
      if (at >= 0) {
        found.put(kind, at);
      }
    }
    Matcher personNamed = PERSON_NAMED.matcher(q);
    if (personNamed.find()) {
      found.remove(NAME); // "the name of the Kenyan commander" asks a person
      found.merge(PERSON, personNamed.start(), Math::min);
    }
    if (found.isEmpty()) {
      int person = PersonNouns.asked(q); // "which lawyers", "what senator": nouns of people no cue above names
      if (person >= 0) {
        found.put(PERSON, person);
      }
    }
    return found;
  }

  /**
   * Puts in {@code found} the kinds a search typed as keywords asks by its words: money as its topic, or a
   * noun that names the kind sought. Returns where that noun stands, or null when none told the kind.
   */
  private static MatchResult keywordCues(String question, String q, Map<QuestionKind, Integer> found) {
    Matcher money = MONEY_TOPIC.matcher(q);
    if (money.find()) {
      found.put(AMOUNT, money.start()); // "canada funding haiti" searches for money; "which summit strained the budget?" asks a summit
    }
    Matcher noun = KEYWORD_KIND_NOUN.matcher(question);
    if (!QuestionWords.ASKING_VERB.matcher(q).lookingAt() && noun.find()) { // "unga 80 host city": the noun says what kind is sought
      found.put(noun.group(1) != null ? PLACE : noun.group(2) != null ? COUNTRY : DURATION, noun.start());
      return noun.toMatchResult();
    }
    return null;
  }

  /** Drops the cues that, read with the rest of the question, do not ask their kind. */
  private static void dropMisreadCues(String question, String q, Map<QuestionKind, Integer> found) {
    Matcher counted = COUNTS_A_NAME.matcher(q);
    if (found.containsKey(COUNT) && counted.find() && Countries.get().isCountry(counted.group(1))) {
      found.remove(COUNT); // "how many canada pledged" (Creole "konbyen" read word for word): a country is no count
    }
    if (found.containsKey(COUNTRY) && leadsACountry(question)) {
      found.remove(COUNTRY); // "who is leading canada?": a country's leader is a person, not another country
    }
    Integer reason = found.get(REASON);
    if (reason != null && isOnlyPlanned(q, reason) && found.entrySet().stream()
        .anyMatch(k -> k.getKey() != SPEECH && k.getKey() != REASON && k.getValue() < reason)) {
      found.remove(REASON); // "how many officers were meant to go": what was planned, not a purpose
    }
  }

  /** Settles an amount against a count or a share that is asked with it: money measured, or money counted. */
  private static void settleAmount(String q, Map<QuestionKind, Integer> found) {
    if (found.containsKey(AMOUNT) && found.containsKey(COUNT) && MAGNITUDE.matcher(q).region(found.get(COUNT), q.length())
        .lookingAt()) {
      found.remove(COUNT); // "the size of Ottawa's pledge", "how big was the budget": money is what is measured
    }
    if (found.containsKey(SHARE) || found.containsKey(COUNT)) {
      found.remove(AMOUNT); // "how much of", "how many dollars": the share or the count decides
    }
  }

  /** The kinds found, in the order their cues stand; OTHER alone when none. */
  private static List<QuestionKind> inCueOrder(Map<QuestionKind, Integer> found) {
    List<QuestionKind> kinds = new ArrayList<>(found.keySet());
    kinds.sort(Comparator.comparingInt(found::get));
    return kinds.isEmpty() ? List.of(OTHER) : List.copyOf(kinds);
  }

  /**
   * Whether the question asks who leads a country ("who is leading canada?", "who runs the US now"):
   * that is asked of a person. Not "who leads the Haiti mission?", where the country only qualifies.
   */
  private static boolean leadsACountry(String question) {
    Matcher leads = LEADS.matcher(question);
    int end = leads.find() ? CountryNames.get().nameEnd(question, leads.end()) : -1;
    return end > 0 && ENDS.matcher(question).region(end, question.length()).lookingAt();
  }

  /**
   * Whether the only cue of a reason, found at {@code at}, is something meant or planned: not "how many
   * were meant to go, and why?".
   */
  private static boolean isOnlyPlanned(String q, int at) {
    Matcher planned = PLANNED.matcher(q).region(at, q.length());
    if (!planned.lookingAt()) {
      return false;
    }
    StringBuilder rest = new StringBuilder(q);
    QuestionWords.blank(rest, planned.start(), planned.end());
    return REASON.cueAt(rest.toString()) < 0;
  }
}
