package org.missionbot.search;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionbot.corpus.Countries;
import org.missionbot.corpus.Mention;

/**
 * What a question asks for, read from its wording: the kind of mention that answers it, and how much
 * a passage holding such a mention is preferred.
 */
public enum QuestionKind {
  SHARE(List.of("of", "share", "part", "percent", "proportion", "portion", "fraction", "capacity", "chunk", "slice"), Mention.Kind.SHARE, 2.0f,
      "how much of|what " + Cue.SHARE_NOUNS + "|how (?:large|big) an? " + Cue.SHARE_NOUNS
      + "|percent"
      // "what capacity is it running at" asks a share of full strength; "in what capacity" asks a role
      + "|(?<!\\bin )what (?:% )?capacity\\b"
      + "|" + Cue.asked("(?:share|proportion|portion|fraction)")),
  AMOUNT(List.of("much", "dollars", "amount", "sum", "cost", "pledge", "funding", "money", "cash", "funds", "financing", "budget",
      "gdp", "salar", "wage", "price", "revenue", "income", "allowance", "stipend"),
      Mention.Kind.MONEY, 2.0f,
      "how much(?! (?:time|longer)\\b)|how many (?:dollars|money|cash|funds?|funding)\\b|what (?:amount|sum)\\b|\\bamounts?\\b|\\bpledge"
      + "|what (?:does|did|do|will|would)\\b.{0,40}\\bcost\\b|how costly"
      + "|\\bin (?:(?:us|u\\.s\\.|american|canadian) )?dollars\\b"
      + "|" + Cue.asked("(?:" + Cue.MONEY_NOUNS + "|gdp|salar(?:y|ies)|wages?|prices?|revenues?|income|allowances?|stipends?)")),
  COUNT(List.of("many", "number", "large", "big", "size", "population", "old", "age", "toll", "tally", "count"),
      Mention.Kind.COUNT, 1.7f, "how many(?! dollars| money| cash| funds?\\b| funding| years| months| weeks| days| hours| decades)|number of"
      + "|how (?:large|big)(?! an? " + Cue.SHARE_NOUNS + ")|\\bsize\\b(?! up\\b)|\\bheadcounts?\\b|" + Cue.COUNT_NOUN + "|" + Cue.asked("(?:population|toll)") + "|" + Cue.DEATH_TOLL + "|" + Cue.AGE),
  DURATION(List.of("long", "years", "months", "weeks", "days", "hours", "decades", "duration", "length", "time"),
      Mention.Kind.DURATION, 1.7f, "how long|how much (?:time|longer)\\b|how many (?:years|months|weeks|days|hours|decades)"
      + "|what (?:was |is )?the (?:duration|length)"),
  DATE(List.of("when", "date", "year", "day", "month", "point", "stage"),
      Mention.Kind.DATE, 1.8f, "\\bwhen\\b|(?:what|which)(?:'s|\u2019s| is| was| will be)?(?: the)?(?: " + Cue.DATE_QUALITIES
      + ")? " + Cue.DATE_NOUNS + "\\b(?!-)|" + Cue.DATE_NOUN + "|since when|\\bat what (?:point|stage) (?=(?:did|does|do|was|were|is|will|would|had|has)\\b)"),
  PERSON(List.of("who", "whom", "whose", "which", "what", "name"),
      Mention.Kind.PERSON, 1.3f, "\\bwho\\b|\\bwhom\\b|whose|(?:which|what) " + Cue.BEFORE_NOUN + Cue.PERSON_NOUNS
      + "|\\b(?:his|her)(?: full| real| first| last)? name\\b"),
  COUNTRY(List.of("which", "what", "who"),
      Mention.Kind.COUNTRY, 1.4f, "(?:which|what) " + Cue.BEFORE_COUNTRY + "(?:countr\\w*|nations?|nationalit(?:y|ies)|states?)\\b"
      + "|" + Cue.WHO_LEADS + "\\b"),
  PLACE(List.of("where", "cit", "town", "place", "venue", "location"),
      Mention.Kind.PLACE, 1.4f, "\\bwhere\\b|(?:which|what) " + Cue.BEFORE_NOUN + Cue.PLACE_NOUNS + "\\b"),
  NAME(List.of("name", "called", "agenc", "group", "organi", "compan", "firm", "bod", "institution", "part", "factor",
      "airport", "bloc", "coalition", "alliance", "newspaper", "outlet", "network", "program", "universit", "hospital",
      "ngo", "charit", "court", "airline", "brand", "tribunal", "ministr", "department", "unit", "office"),
      Mention.Kind.NAME, 1.3f, "\\bnames? of\\b|\\bwhat(?:'s| is| was| are| were)? (?:it|they|(?:this|that|these|those|the) \\w+(?: \\w+)?) called\\b"
      + "|(?:which|what) " + Cue.BEFORE_NOUN + "(?:agenc(?:y|ies)|groups?|organi[sz]ations?|compan(?:y|ies)|firms?|bod(?:y|ies)"
      + "|institutions?|part(?:y|ies)|factor(?:y|ies)|airports?|blocs?|coalitions?|alliances?|newspapers?|outlets?"
      + "|networks?|programm?es?|universit(?:y|ies)|hospitals?|ngos?|charit(?:y|ies)|courts?|airlines?|brands?|tribunals?"
      + "|ministr(?:y|ies)|departments?|units?|offices?)\\b"),
  REASON(List.of("why", "reason", "caused", "behind", "come", "of", "supposed", "meant", "intended", "designed"),
      Mention.Kind.REASON, 1.5f, "\\bwhy\\b|what (?:reason|caused|is behind)|reasons? for|how come"
      + "|(?:purpose|aim|goal|objective|point) of|(?:supposed|meant|intended|designed) to"),
  SPEECH(List.of("say", "said", "tell", "told", "think", "react", "respond", "statement", "post", "wr", "tweet"),
      Mention.Kind.SPEECH, 1.3f, "\\b(?:say|said|says|tell|told|think|react|respond|statement)\\b"
      + "|\\bwhat (?:else |exactly )?(?:did|does|do|has|have|had|will|would) (?:[\\w'-]+ ){1,3}?(?:post(?:ed)?|write|written"
      + "|tweet(?:ed)?)\\b"),
  OTHER(List.of(), null, 1f, "$^");

  /** Cues more than one kind, or the question reader, reads; kept apart so that the constants above may use them. */
  static final class Cue {
    /** The news item itself as a question names it ("the 2022 article", "the AP piece"). */
    static final String NEWS_ITEMS = "articles?|stor(?:y|ies)|pieces?|reports?|coverage|write-?ups?";
    /** The words that may stand between a news item and its verb of telling ("the story also says"). */
    static final String TELLING_ADVERBS = "also|actually|even|really|specifically|just";
    /** The verbs of telling whose subject may be the news item: it tells where the answer is written. */
    static final String TELLING = "say|says|said|tell|tells|told";
    /** The nouns of money that ask an amount after "what" and stand for one in a keyword search ("canada cash haiti"). */
    static final String MONEY_NOUNS = "costs?|funding|money|cash|funds|financing|budgets?";
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

  /** Words one of which the cue needs: a cheap test before the pattern runs. */
  private final List<String> triggers;
  private final Mention.Kind wants;
  private final float boost;
  private final Pattern cue;

  QuestionKind(List<String> triggers, Mention.Kind wants, float boost, String cue) {
    this.triggers = triggers;
    this.wants = wants;
    this.boost = boost;
    this.cue = Pattern.compile(cue);
  }

  /** The mention that answers this kind of question, or null when none in particular does. */
  public Mention.Kind wants() {
    return wants;
  }

  /** How many times a passage's score is multiplied when it holds the wanted mention. */
  public float boost() {
    return boost;
  }

  /**
   * Money named as a topic. It asks for an amount where it is what is asked ({@link Cue#asked}) or where the
   * question asks nothing else (a search typed as keywords), not beside another question word or cue:
   * "what happened to US funding", "which summit strained the defence budget", "is funding the reason",
   * "did Trump freeze US funding?".
   */
  private static final Pattern MONEY_TOPIC = Pattern.compile("\\b(?:" + Cue.MONEY_NOUNS + ")\\b");
  /**
   * A noun that, in a search typed as keywords, names the kind of answer sought, as it does after
   * "which" or "what": a city ("arrival city for the vanguard", "joly's home town") or a length of
   * time ("blinken trip length", "asset freeze duration"). It ends its phrase, as the noun the words
   * before it qualify; before another noun it is part of a name ("quebec city summit"), and so it is
   * after a capitalised word ("New York City"). After an article or a preposition it names a thing
   * of its own, not a kind ("80% of the city", "discussed Haiti at length"). Matched on the question
   * as typed, for its capitals.
   */
  private static final Pattern KEYWORD_KIND_NOUN = Pattern.compile("(?<!\\b(?i:the|a|an|this|that|these|those|his|her"
      + "|its|their|our|my|your|of|in|at|to|for|from|on|with|by)\\s)(?<!\\p{Lu}[\\p{L}.'\u2019-]{0,20}\\s)"
      + "(?i)\\b(?:(cit(?:y|ies)|towns?|venues?)|(?:length|duration)s?)\\b"
      + "(?=\\s*(?:$|[?.!,;:\u2014-]|(?:for|of|in|on|to|years?|months?|weeks?|days?|hours?)\\b))"); // "duration years": its unit

  /**
   * Whether a question, in lower case, is a search typed as keywords: no question word and no verb
   * opening a yes/no question ("canada funding haiti", "unga 80 host city?").
   */
  private static boolean isKeywordSearch(String question) {
    return !WH.matcher(question).find() && !YES_NO.matcher(question).lookingAt();
  }

  /** Whether a question is a search typed as keywords ("haiti new pm name 2024"): no question word and no verb opening it. */
  public static boolean isKeywords(String question) {
    return isKeywordSearch(question.toLowerCase(Locale.ROOT));
  }

  /** A verb that opens a request ("name the minister and the city she calls home", "tell me ..."): no keywords. */
  private static final Pattern ASKING_VERB = Pattern.compile("\\W*(?:(?:can|could) you\\s+)?(?:please\\s+)?(?:name|list"
      + "|tell|give|show|explain|describe|identify|summari[sz]e)\\b");

  /** A verb that opens a yes/no question: "did Trump freeze US funding?" asks whether, not how much. */
  private static final Pattern YES_NO = Pattern.compile("\\W*(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could"
      + "|should|shall)\\b");
  /** A cue of a count that asks only how big something is, whatever it measures: "size", "how big". */
  private static final Pattern MAGNITUDE = Pattern.compile("\\bsize\\b|how (?:large|big)\\b");
  /** The word just after "how many". */
  private static final Pattern COUNTS_A_NAME = Pattern.compile("how many (\\p{L}+)");
  /** A question word; one after another in the same clause opens a subordinate clause, not a question. */
  private static final Pattern WH = Pattern.compile("\\b(?:what|who|whom|whose|which|when|where|why|how)\\b");
  /** What may stand just before a question word that asks a second question: "and", "or", "but", a comma. */
  private static final Pattern JOINED = Pattern.compile("(?:[,;:?!.\u2014-]|\\b(?:and|or|but|vs|versus|then|also|plus))\\s*$");
  /** The end of a sentence: a question or exclamation mark, or a full stop before a space. */
  private static final Pattern SENTENCE_END = Pattern.compile("[?!]+|(?<=\\p{Ll}{2})\\.(?=\\s)"); // not "U.S.", "Mr."
  /**
   * A question word with the helper after it that asks ("who was", "how much", "what did"): where the
   * question asked begins after a scene or a dated clause typed without its comma ("when the kenyans
   * landed in june 2024 who was prime minister").
   */
  public static final String QUESTION_ASKED = "(?:what|who|which|how|why)\\s+(?:was|is|were|are|did|does|do|had|has|have"
      + "|much|many)\\b";
  /**
   * A clause that "when" or "where" opens without asking, the scene of the question after its comma:
   * "When Ruto got off the phone with Davis, what did he promise?" asks what, not when. Not "when did
   * they land, and how many came?", where an auxiliary after "when" asks, nor "when Kenya offered to
   * lead, and how many landed first?" (read from Creole "kilè", which asks), joined by "and".
   */
  private static final Pattern SCENE = Pattern.compile("^\\W*(?:(?:so|and|ok|okay)\\W+)?(when|where)\\s+(?!(?:do|does|did|is"
      + "|are|was|were|will|would|can|could|should|shall|has|have|had|exactly|and|or|else)\\b)"
      + "(?:[^,;?]{6,}?,\\s*(?:(?:so|then)\\s+)?(?:what|who|whom|whose|which|how|why|when|where)\\b"
      // typed without the comma: the second question word, not joined by "and", opens a question of its own, its helper after it
      + "|[^,;?]{6,}?(?<!\\b(?:and|or|then|also|plus))\\s" + QUESTION_ASKED + ")");
  /** "apart from money, ...": what follows these is set aside, not asked. */
  private static final Pattern SET_ASIDE = Pattern.compile("\\b(?:apart from|aside from|besides|other than|except(?: for)?"
      + "|not counting|leaving aside)\\s+[^,;?]{1,40}?(?=,|;|\\?|$)");

  /**
   * What was meant or planned ("meant to go", "supposed to arrive"), which asks a purpose only when
   * nothing else is asked before it; not "meant for", "meant to achieve", "supposed to be used".
   */
  private static final Pattern PLANNED = Pattern.compile("(?:supposed|meant|intended|designed) to (?!(?:be )?(?:do|achieve"
      + "|accomplish|used|spent|for)\\b)");
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
    blank(rest, planned.start(), planned.end());
    return !REASON.cue.matcher(rest).find();
  }

  /** A count of the dead asked for by its name ("death toll", "casualty tally"), which only a count of the dead answers. */
  public static final String DEATH_TOLL = Cue.DEATH_TOLL;

  /** An age asked for ("how old", "what age", "the age of"), which only a count of years of age answers. */
  public static final String AGE = Cue.AGE;

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

  /** Whether the question, in lower case, asks for a city ("which city hosts the summit?"). */
  public static boolean asksCity(String question) {
    return ASKS_CITY.matcher(question).find();
  }

  /** The kinds a question asks for, in the order their cues stand in it; OTHER alone when none. */
  public static List<QuestionKind> of(String question) {
    return reading(question).kinds();
  }

  /**
   * Where the noun stands that a search typed as keywords asks its kind by ("unga 80 host city"), or
   * null when the question asks its kind otherwise, or is no such search: the words to find leave it out.
   */
  public static MatchResult keywordKindNoun(String question) {
    // the noun first, alone: most questions have none, and need not have their cues read a second time
    return KEYWORD_KIND_NOUN.matcher(question).find() ? reading(question).keywordNoun() : null;
  }

  /** The kinds a question asks for, and the noun of a keyword search that told one. */
  private record Reading(List<QuestionKind> kinds, MatchResult keywordNoun) {}

  private static Reading reading(String question) {
    String q = asked(question.toLowerCase(Locale.ROOT));
    Matcher nameThem = NAME_THEM.matcher(q);
    if (nameThem.find()) {
      q = q.substring(0, nameThem.start(1)) + "which " + q.substring(nameThem.end()); // "name the parties": "which parties"
    }
    java.util.Map<QuestionKind, Integer> found = new java.util.EnumMap<>(QuestionKind.class);
    for (QuestionKind kind : values()) {
      if (kind.triggers.stream().anyMatch(q::contains)) {
        java.util.regex.Matcher m = kind.cue.matcher(q);
        if (m.find()) {
          found.put(kind, m.start());
        }
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
    MatchResult keywordNoun = null;
    if (found.isEmpty() && isKeywordSearch(q)) {
      Matcher money = MONEY_TOPIC.matcher(q);
      if (money.find()) {
        found.put(AMOUNT, money.start()); // "canada funding haiti" searches for money; "which summit strained the budget?" asks a summit
      }
      Matcher noun = KEYWORD_KIND_NOUN.matcher(question);
      if (!ASKING_VERB.matcher(q).lookingAt() && noun.find()) { // "unga 80 host city": the noun says what kind is sought
        found.put(noun.group(1) != null ? PLACE : DURATION, noun.start());
        keywordNoun = noun.toMatchResult();
      }
    }
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
    if (found.containsKey(AMOUNT) && found.containsKey(COUNT) && MAGNITUDE.matcher(q).region(found.get(COUNT), q.length())
        .lookingAt()) {
      found.remove(COUNT); // "the size of Ottawa's pledge", "how big was the budget": money is what is measured
    }
    if (found.containsKey(SHARE) || found.containsKey(COUNT)) {
      found.remove(AMOUNT); // "how much of", "how many dollars": the share or the count decides
    }
    if (found.containsKey(COUNTRY) && found.containsKey(PERSON) && found.get(COUNTRY) <= found.get(PERSON)) {
      found.put(PERSON, found.get(PERSON) + 1); // "who leads the mission?": a country, or else a person
    }
    List<QuestionKind> kinds = new java.util.ArrayList<>(found.keySet());
    kinds.sort(java.util.Comparator.comparingInt(found::get));
    return new Reading(kinds.isEmpty() ? List.of(OTHER) : List.copyOf(kinds), keywordNoun);
  }

  /** "Who leads", "who is in charge of" and the like, then a country's name ("canada", "the united states"). */
  private static final Pattern LEADS = Pattern.compile("(?i)" + Cue.WHO_LEADS + "(?: of)? (?:the )?");
  /** What may follow the country a question asks the leader of: its end, or when ("now", "in 2025"). */
  private static final Pattern ENDS = Pattern.compile("(?i)\\W*(?:$|(?:now|today|currently|these days|right now"
      + "|at the moment|in (?:19|20)\\d\\d)\\b)");

  /**
   * Whether the question asks who leads a country ("who is leading canada?", "who runs the US now"):
   * that is asked of a person. Not "who leads the Haiti mission?", where the country only qualifies.
   */
  private static boolean leadsACountry(String question) {
    Matcher leads = LEADS.matcher(question);
    int end = leads.find() ? Countries.get().nameEnd(question, leads.end()) : -1;
    return end > 0 && ENDS.matcher(question).region(end, question.length()).lookingAt();
  }

  /**
   * The question with what it does not ask blanked out (offsets hold): a question word inside a clause
   * another one opened ("what did he say when he landed", "the elites who bankroll the gangs"), the
   * "when" of a scene set before the question ("when Ruto hung up, what did he promise?"), and what is
   * set aside ("apart from money, what ...").
   */
  static String asked(String question) {
    StringBuilder out = new StringBuilder(question);
    Matcher told = TOLD_BY_THE_NEWS.matcher(question);
    while (told.find()) {
      blank(out, told.start(1), told.end(1)); // "what does the article say the aim is" asks the aim, not a remark
    }
    Matcher scene = SCENE.matcher(question);
    if (scene.find()) {
      blank(out, scene.start(1), scene.end(1));
    }
    String q = out.toString(); // the scene's "when" opens no clause either
    Matcher aside = SET_ASIDE.matcher(q);
    while (aside.find()) {
      blank(out, aside.start(), aside.end());
    }
    List<MatchResult> words = WH.matcher(q).results().toList();
    List<MatchResult> relatives = words.stream().filter(w -> isRelative(q, w)).toList();
    boolean asksElsewhere = relatives.size() < words.size();
    boolean opened = false;
    int previous = 0; // where the question word before ends
    for (MatchResult wh : words) {
      String before = q.substring(0, wh.start());
      // the first question word of a sentence asks: "how much of haiti faces hunger? like how many people"
      boolean firstOfSentence = SENTENCE_END.matcher(q).useTransparentBounds(true)
          .region(previous, wh.start()).find();
      previous = wh.end();
      boolean joined = before.isBlank() || JOINED.matcher(before).find() || firstOfSentence;
      boolean relative = relatives.contains(wh);
      // in a question that asks whether, a relative clause is the deed's ("did Canada refuse when asked?")
      boolean whether = relative && asksWhether(q, wh.start()) && !INDIRECT.matcher(before).find();
      if (relative && (asksElsewhere || whether) || opened && !joined) {
        blank(out, wh.start(), wh.end()); // "the officers who landed ... counted how many?": "how many" asks
      } else {
        opened = true;
      }
    }
    return out.toString();
  }

  /**
   * What, just before a question word, makes the clause it opens the thing asked even in a question
   * that asks whether: "do you know when the mission ends?", "did Ruto say who would lead?".
   */
  private static final Pattern INDIRECT = Pattern.compile("\\b(?:know|knows|knew|known|tell|tells|told|say|says|said|idea"
      + "|sure|clear|announced?|decided?|revealed?|confirmed?|explained?|remember|mentioned?|reported?|specif(?:y|ied)"
      + "|ask|asked|wonder|wondering|find out|found out)(?:\\s+(?:me|us|you|them|him|her))?\\W*$");

  /**
   * Whether the sentence a question word stands in opens with a verb's helper, or the clause after the
   * sentence's first comma does, and so asks whether: in "did Canada refuse the US when asked?", "was
   * Ruto angry when Trump spoke?" and "after Henry quit, was there a stretch where ..." the "when" and
   * "where" only date or place the deed asked about.
   */
  private static boolean asksWhether(String q, int at) {
    int start = 0;
    Matcher end = SENTENCE_END.matcher(q);
    while (end.find() && end.end() <= at) {
      start = end.end();
    }
    if (YES_NO.matcher(q).region(start, q.length()).lookingAt()) {
      return true;
    }
    // or the clause after a scene set before it: "after Henry quit, was there a stretch where ..."
    Matcher clause = CLAUSE_AFTER_SCENE.matcher(q).region(start, at);
    return clause.find() && YES_NO.matcher(q).region(clause.end(), q.length()).lookingAt();
  }

  /** A word that opens a message before its question ("so did ...", "ok, is ..."). */
  private static final Pattern OPENER = Pattern.compile("^\\W*(?:so|ok|okay|and|but|hey|quick q|q)\\b\\W*");
  /** A question put as a tag after a comma: "how many has Kenya sent, do you know?". */
  private static final Pattern TAG = Pattern.compile(",\\s*(?:do|does|did|can|could|would)\\s+(?:you|u)\\s+(?:know|tell|think|remember|say)\\b[^,]*$");
  /** How French and Creole open a yes/no question, words their English reading drops. */
  private static final Pattern WHETHER_FR_HT = Pattern.compile("^\\W*(?:est[- ]ce qu|[e\u00e8]ske\\b)");

  /**
   * Whether a question asks whether something is so: its last sentence opens with a verb's helper, or
   * the clause after a scene set off by a comma does ("After Henry quit, did Ruto ..."), or it opens
   * with French "est-ce que" or Creole "èske"; not when that helper only asks about a clause a
   * question word opens ("do you know when the mission ends?", "can you tell me who leads it?").
   */
  public static boolean asksWhether(String question) {
    String q = OPENER.matcher(question.toLowerCase(Locale.ROOT).strip()).replaceFirst("").replaceAll("[\\s?!.]+$", "")
        .replaceAll("\\bwon['\u2019]t\\b", "will not").replaceAll("\\bcan['\u2019]t\\b", "can not")
        .replaceAll("(\\p{L})n['\u2019]t\\b", "$1 not"); // "isn't Canada ..." opens with "is"
    if (WHETHER_FR_HT.matcher(q).lookingAt()) {
      return true;
    }
    if (q.isEmpty() || TAG.matcher(q).find() || !asksWhether(q, q.length())) {
      return false;
    }
    Matcher wh = WH.matcher(q);
    while (wh.find()) {
      if (INDIRECT.matcher(q.substring(0, wh.start())).find()) {
        return false;
      }
    }
    return true;
  }

  /** The comma that ends a scene set before the question, with the space after it. */
  private static final Pattern CLAUSE_AFTER_SCENE = Pattern.compile(",\\s*");

  /**
   * A verb of telling whose subject is the news item itself ("the 2022 article says", "does the story
   * say", "the report notes"): it tells where the answer is written, not that a remark is asked for.
   */
  private static final Pattern TOLD_BY_THE_NEWS = Pattern.compile("\\b(?:" + Cue.NEWS_ITEMS + "|wire)\\s+(?:(?:"
      + Cue.TELLING_ADVERBS + ")\\s+)?(" + Cue.TELLING + ")\\b");

  /** The question words that may open a relative clause after a noun ("the officers who landed"). */
  private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "where", "when");
  /** A word that, just before "who" or "whom", makes it asked ("trained to whom", "met with who"), not a relative. */
  private static final Pattern ASKED_AFTER = Pattern.compile("\\b(?:to|of|with|for|by|from|in|on|at|about|and|or|is|was"
      + "|are|were|s)\\W*$");
  /** What, after a question word, shows it is asked where it stands: the question's end, or another question joined to it ("arrived when and how many?"). */
  private static final Pattern IN_SITU = Pattern.compile("\\W*(?:$|(?:and|or|but|&)\\b)");

  /**
   * Whether a question word stands after a word that it relates a clause to, not at the start of a
   * question nor after what asks it, nor asked where it stands ("they arrived when and how many?"):
   * "the first group of officers who landed".
   */
  private static boolean isRelative(String q, MatchResult wh) {
    String before = q.substring(0, wh.start());
    return RELATIVES.contains(wh.group()) && !before.isBlank() && !JOINED.matcher(before).find()
        && !ASKED_AFTER.matcher(before).find() && !IN_SITU.matcher(q).region(wh.end(), q.length()).lookingAt();
  }

  private static void blank(StringBuilder text, int start, int end) {
    for (int i = start; i < end; i++) {
      text.setCharAt(i, ' ');
    }
  }
}
