package org.missionbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.missionbot.corpus.Countries;
import org.missionbot.corpus.Mention;
import org.missionbot.corpus.MentionFinder;
import org.missionbot.index.Analysis;
import org.missionbot.search.Concept;
import org.missionbot.search.Hit;
import org.missionbot.search.Question;
import org.missionbot.search.QuestionKind;

/**
 * Whether the best passage states what a question asks, beyond sharing its words: the ordinal that
 * picks one of a series ("the second contingent"), the deed asked about ("who chairs the council?" is
 * not answered by "a council was installed"), the kind of body asked for ("which court") and the name
 * asked for ("the name of the main oil terminal"). When one is missing, the question is not answered.
 */
final class AskedChecks {

  private AskedChecks() {}

  /**
   * "who" and the word after it, the verb of its deed when it is conjugated ("who chairs ...", "who replaced
   * ...", "who became ..."), not a verb of being or an auxiliary. Not a bare word: Creole has no verb "to
   * be" ("kiyès ki chèf gang yo" reads "who chief gang").
   */
  private static final Pattern WHO_DID = Pattern.compile("^\\W*who\\s+(?!(?:is|was|are|were|has|had|have|does|did|do|will|would"
      + "|can|could|should|might|may|must|s)\\b)(\\p{L}+)\\b");
  /**
   * Verbs of speaking that report no words of their own ("Ruto spoke by phone with Davis" says nothing
   * he said), but that ask, after "who", who said something: "who talked about a nexus?".
   */
  private static final Pattern SPOKE = Pattern.compile("spoke|speaks|talked|talks|mentioned|mentions|referred|refers"
      + "|commented|comments|remarked|remarks");

  /**
   * An ordinal that says which one of a series, before the noun of the series ("the second
   * contingent", "the 80th Assembly", "the 2nd batch"); not part of a compound ("second-hand"), a
   * time ("wait a second,", "a second time"), a share ("a third of") or a day ("October 2nd").
   */
  private static final Pattern ORDINAL = Pattern.compile("(?i)(?<![\\p{L}-])(?<!" + TimeFrame.MONTH + "\\s)"
      + "(?<ordinal>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))\\s+(?!(?:of|time|times)\\b)\\p{L}");
  private static final java.util.Map<String, String> ORDINAL_WORDS = java.util.Map.of("1st", "first", "2nd", "second", "3rd", "third",
      "4th", "fourth", "5th", "fifth", "6th", "sixth", "7th", "seventh", "8th", "eighth", "9th", "ninth", "10th", "tenth");
  /** An ordinal as a word, anywhere in a passage. */
  private static final Pattern ORDINAL_SAID = Pattern.compile("(?i)(?<![\\p{L}-])(second|third|fourth|fifth|sixth|seventh"
      + "|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))(?![\\p{L}-])");

  /**
   * Whether the best passage says each ordinal the question picks one of a series by: "when did the
   * second contingent arrive?" is not answered by a sentence on the first group. True when the
   * question has none.
   */
  static boolean holdsTheOrdinals(Question question, Hit best) {
    // "1st" is "first", which, like "first" itself, asks nothing the passage must say: "the first group"
    // and "who first reported it" read the same with or without it
    List<String> asked = ORDINAL.matcher(question.meaning()).results().map(r -> ordinalWord(r.group("ordinal")))
        .filter(ordinal -> !ordinal.equals("first")).toList();
    if (asked.isEmpty()) {
      return true; // most questions: the passage need not be read
    }
    java.util.Set<String> said = ORDINAL_SAID.matcher(best.quoteText()).results().map(r -> ordinalWord(r.group(1)))
        .collect(java.util.stream.Collectors.toSet());
    return said.containsAll(asked);
  }

  /** "2nd" as "second"; a word ordinal in lower case; "80th" as it is. */
  private static String ordinalWord(String ordinal) {
    String lower = ordinal.toLowerCase(Locale.ROOT);
    return ORDINAL_WORDS.getOrDefault(lower, lower);
  }

  /**
   * Whether the best passage says the deed a "who" question asks the doer of, or a "what" or "when"
   * question asks about ({@link #doneVerb}): "who chairs the council?", "who replaced Conille?" are
   * not answered by a sentence on the council or on Conille that says nothing of chairing or
   * replacing, nor "when did Kenya's parliament approve the deployment?" by one that approves
   * nothing, nor "what did Philip Davis say on the call?" by one that reports no words
   * ({@link #reportsWords}). True when the question asks no such thing, or its verb is not
   * {@code checkable} (none the articles on the bot's topic use).
   */
  static boolean statesTheDeed(Question question, Hit best, Predicate<Concept> checkable) {
    if (!reportsWords(question, best)) {
      return false; // words said are the deed asked of "what did X say"
    }
    String folded = Questions.fold(question.meaning());
    if (question.kinds().contains(QuestionKind.DATE) && BECOMING.matcher(folded).find()
        && !BECOMING.matcher(Questions.fold(best.quoteText())).find()) {
      return false; // "when did Ruto become president?" is not answered by a dated sentence on President Ruto
    }
    String verb = doneVerb(folded);
    if (verb != null && !holdsAskedWord(question, best, verb, checkable)) {
      return false; // "what did Trudeau and Blinken agree on?" is not answered by "Blinken will meet Trudeau"
    }
    Matcher deed = WHO_DID.matcher(folded);
    if (!deed.find() || !isConjugated(deed.group(1))) {
      return true;
    }
    boolean speaks = MentionFinder.isSpeechVerb(deed.group(1)) || SPOKE.matcher(deed.group(1)).matches();
    if (speaks && holdsSpeech(best.quoteText())) {
      return true; // "who called the gangs proxies?", "who talked about a nexus?": a quote, whatever verb reports it
    }
    return holdsAskedWord(question, best, deed.group(1), checkable); // a verb no article has cannot be checked
  }

  /**
   * The verb a question with "did", "does" or "will" after its question word asks about, where it
   * stands before a preposition or an article ("what did Trudeau and Blinken agree on", "when did
   * Kenya's parliament approve the deployment"); null when there is none so placed, or it is a verb
   * that says little ("do", "happen", "say": words said are checked apart).
   */
  static String doneVerb(String question) {
    Matcher m = DID_VERB.matcher(question);
    if (!m.find()) {
      return null;
    }
    String verb = m.group(1);
    return LIGHT_VERBS.contains(verb) || PARTICLES.contains(verb) || MentionFinder.isSpeechVerb(verb)
        || SPEECH_ACTS.contains(verb) ? null : verb; // words said: reportsWords
  }

  /**
   * Coming to hold a post: "when did Ruto become president?", "when was Shea appointed?", "when did
   * Henry take office?" ask when that happened, which only a sentence that tells of it answers.
   */
  private static final Pattern BECOMING = Pattern.compile("\\b(?:become|became|becomes|becoming|appointed|elected"
      + "|sworn|nominated|(?:take|took|taken|taking|assume|assumed|assuming) (?:office|power)|(?:come|came) to power)\\b");

  /** "what|when|where|why did SUBJECT VERB" and then a preposition, an article or the clause's end. */
  private static final Pattern DID_VERB = Pattern.compile("^\\W*(?:what|when)\\s+(?:did|does|do|will)\\s+"
      + "(?:[\\p{L}'-]+\\s+){1,4}?(\\p{L}+)\\s+(?:on|about|in|at|to|with|for|from|the|a|an)\\b");
  /** Verbs that say too little to be looked for in a sentence. */
  private static final Set<String> LIGHT_VERBS = Set.of("do", "happen", "mean", "get", "have", "make", "put", "turn",
      "go", "take", "think", "want", "need", "use", "used", "look", "come", "stand", "be");
  /** The particles of phrasal verbs ("come back"), which stand where the verb would. */
  private static final Set<String> PARTICLES = Set.of("back", "down", "up", "out", "off", "over", "away", "along");
  /** Verbs of words said besides those that report them in a sentence: a question asks them of any quote. */
  private static final Set<String> SPEECH_ACTS = Set.of("say", "tell", "ask", "call", "announce", "complain", "promise",
      "talk", "discuss", "speak", "write", "post", "tweet", "reply", "respond", "react", "comment", "mention");

  /**
   * What opens the noun that names the kind of thing asked for: "which Kenyan court", "what political
   * party", "the name of Chérizier's gang alliance", "who is the head of".
   */
  private static final Pattern ASKED_TYPE = Pattern.compile("(?i)\\b(?:which|what|name of|who(?:'s|\\s+is|\\s+was|\\s+are"
      + "|\\s+were)\\s+the)\\s+((?:[\\p{L}'\u2019-]+\\s*){1,4})");
  /** The words that end that noun's phrase: a verb's helper, a preposition, a relative, a conjunction, a pronoun. */
  private static final Set<String> PHRASE_ENDS = Set.of("do", "does", "did", "is", "are", "was", "were", "has", "have",
      "had", "will", "would", "can", "could", "should", "of", "in", "on", "at", "for", "to", "from", "with", "by",
      "that", "who", "which", "whom", "whose", "and", "or", "about", "behind", "after", "before", "during", "since",
      "like", "s", "i", "you", "he", "she", "it", "we", "they", "his", "her", "its", "their", "my", "your", "our");
  /**
   * Nouns that only say what kind of mention answers ("which country", "what group", "which two
   * leaders"): any mention of that kind answers them, whatever the sentence calls it; other nouns
   * ("which court", "what party") the sentence must say.
   */
  private static final Set<String> KIND_NOUNS = Set.of("person", "people", "one", "ones", "leader", "leaders", "official",
      "officials", "man", "men", "woman", "women", "politician", "politicians", "individual", "individuals", "country",
      "countries", "nation", "nations", "state", "states", "city", "cities", "town", "towns", "place", "places",
      "location", "locations", "area", "areas", "agency", "agencies", "group", "groups", "organization", "organizations",
      "organisation", "organisations", "body", "bodies", "institution", "institutions", "outlet", "outlets", "newspaper",
      "newspapers", "company", "companies", "firm", "firms", "name", "names", "kind", "kinds", "type", "types", "sort",
      "thing", "things", "day", "days", "date", "dates", "year", "years", "month", "months", "time", "times", "amount",
      "number", "percentage", "share", "part", "figure", "figures", "role", "roles", "job", "title", "word", "words",
      "reason", "reasons", "way", "ways", "else", "other", "others", "the", "a", "an", "two", "three", "four", "five",
      "topic", "topics", "issue", "issues", "subject", "subjects", "matter", "matters", "event", "events", "percent",
      "kinda", "sorts");

  /**
   * Whether the best passage reports words said when words said are what the question asks first:
   * "what did Philip Davis say on the call?" is not answered by "Ruto spoke by phone with Philip
   * Davis", which says nothing he said. The sentence it leans on counts ("... said. It added ...").
   */
  private static boolean reportsWords(Question question, Hit best) {
    if (question.kind() != QuestionKind.SPEECH || !ASKS_WORDS.matcher(question.meaning()).find()) {
      return true; // "the article says ..., why ...", "kenya said yes, so why": words said are not what is asked
    }
    String text = best.quoteText();
    return holdsSpeech(text) || WORD.matcher(text).results().map(MatchResult::group)
            .anyMatch(w -> MentionFinder.isSpeechVerb(w) || REPORTS.matcher(w).matches());
  }

  /** Whether a text reports words said: a quote, or a verb that reports them. */
  private static boolean holdsSpeech(String text) {
    return Mentions.of(text).stream().anyMatch(m -> m.kind() == Mention.Kind.SPEECH);
  }

  /** A question that asks what someone said: "what did Davis say", "what exactly did Ruto tell Trudeau", "how did Ruto react". */
  private static final Pattern ASKS_WORDS = Pattern.compile("(?i)\\bwhat (?:did|does|do|has|have|had|will|would)\\b[^,;?]{1,40}?"
      + "\\b(?:say|tell|post|write|tweet)\\b|\\bhow (?:did|does|has|have|will|would)\\b[^,;?]{1,40}?\\b(?:react|respond)\\b"
      + "|\\bexact words\\b");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** Verbs that report a request or a stance besides those that report words: "asked more nations to contribute". */
  private static final Pattern REPORTS = Pattern.compile("(?i)asked|urged|assured|conveyed|reiterated|stressed|thanked|praised|expressed|voiced"
      + "|emphasi[sz]ed|insisted|pledged|promised|replied|responded|reacted");

  /**
   * Whether the best passage says the kind of body asked for when the question names it by a noun of
   * its own: "which political party does Philip Davis belong to?" is not answered by a sentence on him
   * that names no party, nor "what is the name of Chérizier's gang alliance?" by one that names no
   * alliance. A noun that only says which kind of mention answers ("which
   * country") asks nothing more. True when the question names no such noun, or its own word for it is
   * no word the reader took (a typo corrected, a word left out), or not {@code checkable}: a word no
   * article on the bot's topic has (another word may say it: "which alliance" is told by "the Montana
   * Group coalition").
   */
  static boolean namesTheAskedType(Question question, Hit best, Predicate<Concept> checkable) {
    String type = askedType(question);
    return type == null || holdsAskedWord(question, best, type, checkable)
        || Leads.stems(best.quoteText()).contains(Analysis.stem(type)); // said in the sentence it leans on
  }

  /**
   * The noun that names the kind of body a question asks for ("court" of "which Kenyan court", "alliance"
   * of "the name of Chérizier's gang alliance"), or null when it asks for no body, or only by a noun that
   * says which kind of mention answers ("which group").
   */
  private static String askedType(Question question) {
    if (question.kinds().stream().noneMatch(k -> k.wants() == Mention.Kind.NAME)) {
      return null; // a body is asked by a noun that names its kind; a person by a role others word differently
    }
    List<String> called = calledPhrase(Questions.fold(question.meaning()));
    if (!called.isEmpty() && !KIND_NOUNS.contains(called.get(called.size() - 1))) {
      return called.get(called.size() - 1);
    }
    Matcher m = ASKED_TYPE.matcher(Questions.fold(question.meaning()));
    for (int from = 0; m.find(from); from = m.start(1)) { // "what is the name of ...": "name of" opens it
      String type = null;
      for (String word : m.group(1).strip().split("\\s+")) {
        if (PHRASE_ENDS.contains(word) || word.length() > 4 && word.endsWith("ed") || Analysis.isIrregularForm(word)) {
          break;
        }
        if (!word.endsWith("'s") && !word.endsWith("\u2019s")) {
          type = word; // "chérizier's gang alliance": the owner is not the kind
        }
      }
      if (type != null && !KIND_NOUNS.contains(type)) {
        return type;
      }
    }
    return null;
  }

  /** Where a clause of a quote ends, as far as the words around a noun go. */
  private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?\u2014]\\s");
  /** "what's that terminal called?": the noun before "called" at the question's end. */
  private static final Pattern CALLED = Pattern.compile("\\bwhat(?:['\u2019]s|\\s+is|\\s+was|\\s+are|\\s+were)?\\s+"
      + "(?:that|this|these|those|the)\\s+((?:[\\p{L}'-]+\\s+){0,2})"
      + "([\\p{L}-]+)\\s+called\\W*$");
  /** How many words before a noun, and after it, may name it ("the Varreux terminal", "a mission known as MINUSTAH"). */
  private static final int NAME_BEFORE = 3;
  private static final int NAME_AFTER = 4;
  /** "the name of" and what follows it, up to the question's end. */
  private static final Pattern NAME_OF = Pattern.compile("\\bname of\\s+(?:(?:the|that|this|a|an)\\s+)?([^?.!;]+)");
  /** The most words a noun phrase after "the name of" is read to. */
  private static final int NAMED_WORDS = 5;

  /**
   * The noun phrase whose name a question asks for in so many words, the noun last: "oil terminal" of
   * "what's the name of the main oil terminal Barbecue's gangs blocked?" (a possessive or a name after
   * the noun opens a clause, a nationality does not: "the new Haitian prime minister") or of "what's that
   * oil terminal called?"; empty when it asks for no name, or its phrase is too long to read.
   */
  private static List<String> namedPhrase(String folded, Set<String> names) {
    List<String> called = calledPhrase(folded);
    if (!called.isEmpty()) {
      return called;
    }
    Matcher nameOf = NAME_OF.matcher(folded);
    if (!nameOf.find()) {
      return List.of();
    }
    List<String> phrase = new ArrayList<>();
    String[] words = nameOf.group(1).strip().split("[^\\p{L}'\u2019-]+");
    for (int i = 0; i < words.length && i <= NAMED_WORDS; i++) {
      String word = words[i];
      boolean owner = word.endsWith("'s") || word.endsWith("\u2019s");
      if (PHRASE_ENDS.contains(word) || word.length() > 4 && word.endsWith("ed") || Analysis.isIrregularForm(word)
          || (owner || names.contains(word) && !Countries.get().isDemonym(word)) && !phrase.isEmpty()) {
        return phrase; // "in", "blocked", "barbecue's gangs", "the delegation canada sent": the phrase has ended
      }
      if (owner) {
        phrase.clear(); // "chérizier's gang alliance": the owner is not the thing
      } else {
        phrase.add(word);
      }
    }
    return words.length <= NAMED_WORDS ? phrase : List.of();
  }

  /** The noun phrase of "what's that oil terminal called?", the noun last; empty when the question is not so put. */
  private static List<String> calledPhrase(String folded) {
    Matcher called = CALLED.matcher(folded);
    return called.find() ? List.of((called.group(1) + called.group(2)).strip().split("\\s+")) : List.of();
  }

  /**
   * Whether the best passage names the thing whose name the question asks for: the noun stands with a
   * name of its own, a capitalised word among the few before it or after it in its clause that the
   * question does not hold ("a 13-year U.N. mission known as MINUSTAH"), or a name holds the words that
   * qualify the noun ("the Haitian police force": "Haitian National Police"). "What is the name of the
   * main oil terminal?" is not answered by "whose armed groups have blocked the main oil terminal",
   * which names none. True when the question asks for no name in so many words, or the passage's own
   * sentence does not hold the noun (another word may stand for it).
   */
  static boolean namesTheNamed(Question question, Hit best) {
    List<String> phrase = namedPhrase(Questions.fold(question.meaning()),
        question.concepts().stream().filter(Concept::name).map(Concept::word).collect(Collectors.toSet()));
    String type = phrase.isEmpty() ? null : phrase.get(phrase.size() - 1);
    if (type == null || KIND_NOUNS.contains(type) || question.concepts().stream().noneMatch(c -> c.word().equals(type))) {
      return true; // no name asked, only a kind ("the name of the group"), or a typo the reader corrected: "mision"
    }
    Set<String> asked = Leads.stems(question.meaning());
    String stem = Analysis.stem(type);
    String text = best.passage().text(); // not the sentence before, which may name another
    boolean holds = false;
    for (String clause : CLAUSE_END.split(text)) {
      List<String> words = WORD.matcher(clause).results().map(MatchResult::group).toList();
      for (int i = 0; i < words.size(); i++) {
        if (!Analysis.stem(Questions.fold(words.get(i))).equals(stem)) {
          continue;
        }
        holds = true;
        for (int j = Math.max(1, i - NAME_BEFORE); j <= Math.min(words.size() - 1, i + NAME_AFTER); j++) {
          if (j != i && isName(words.get(j)) && !asked.contains(Analysis.stem(Questions.fold(words.get(j))))) {
            return true;
          }
        }
      }
    }
    List<String> qualifiers = phrase.subList(0, phrase.size() - 1).stream()
        .filter(w -> !STOP_QUALIFIERS.contains(w) && Countries.get().canonical(w) == null).map(Analysis::stem).toList();
    return !holds || !qualifiers.isEmpty() && NAME_RUN.matcher(text).results()
        .map(r -> Leads.stems(r.group())).anyMatch(run -> run.containsAll(qualifiers));
  }

  /** Words before a noun that qualify no name: "the main oil terminal", "the new prime minister". */
  private static final Set<String> STOP_QUALIFIERS = Set.of("main", "new", "old", "big", "last", "first", "current",
      "former", "full", "official", "real", "actual", "exact", "same", "other");
  /** Two or more capitalised words in a row: a name ("Haitian National Police"). */
  private static final Pattern NAME_RUN = Pattern.compile("\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*)+");

  /** Whether a word of a quote is a name: capitalised, longer than a letter, and no country's word ("Canadian"). */
  private static boolean isName(String word) {
    return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Countries.get().canonical(word) == null;
  }

  /** Whether a word after "who" is a verb's conjugated form: "chairs", "replaced", "became", "led"; not "chief". */
  private static boolean isConjugated(String word) {
    return word.endsWith("s") || word.endsWith("ed") || Analysis.isIrregularForm(word);
  }

  /**
   * Whether the hit's passage holds a word of the question as the search matched it (synonyms and
   * first letters too); true when the word is none of the question's, or none of those that can be
   * checked ({@code checkable}: in the checks of what is asked, a word the articles on the bot's topic
   * know; another word may say it).
   */
  static boolean holdsAskedWord(Question question, Hit hit, String word, Predicate<Concept> checkable) {
    return question.concepts().stream().noneMatch(c -> c.word().equals(word) && checkable.test(c))
        || hit.matched().stream().anyMatch(c -> c.word().equals(word));
  }
}
