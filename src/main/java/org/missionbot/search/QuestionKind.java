package org.missionbot.search;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.missionbot.corpus.Mention;

/**
 * What a question asks for: the kind of mention that answers it, and how much a passage holding such a
 * mention is preferred; {@link KindReader} reads it from the question's wording.
 */
public enum QuestionKind {
  SHARE(List.of("of", "share", "part", "percent", "proportion", "portion", "fraction", "capacity", "chunk", "slice"), Mention.Kind.SHARE, 2.0f,
      "how much of|what " + Cue.SHARE_NOUNS + "|how (?:large|big) an? " + Cue.SHARE_NOUNS
      + "|percent"
      // "what capacity is it running at" asks a share of full strength; "in what capacity" asks a role
      + "|(?<!\\bin )what (?:% )?capacity\\b"
      + "|" + Cue.asked("(?:share|proportion|portion|fraction)")),
  AMOUNT(Stream.concat(Stream.of("much", "dollars", "amount", "sum", "pledge", "gdp", "salar", "wage", "price", "revenue", "income",
      "allowance", "stipend"), Cue.MONEY_WORDS.stream()).toList(),
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

  /** Where this kind's cue first stands in a question in lower case, or -1 when it has none. */
  int cueAt(String question) {
    if (triggers.stream().anyMatch(question::contains)) {
      Matcher m = cue.matcher(question);
      if (m.find()) {
        return m.start();
      }
    }
    return -1;
  }

  /** A count of the dead asked for by its name ("death toll", "casualty tally"), which only a count of the dead answers. */
  public static final String DEATH_TOLL = Cue.DEATH_TOLL;

  /** An age asked for ("how old", "what age", "the age of"), which only a count of years of age answers. */
  public static final String AGE = Cue.AGE;
}
