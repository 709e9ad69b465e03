package org.missionbot.answer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Countries;
import org.missionbot.corpus.Mention;
import org.missionbot.corpus.MentionFinder;
import org.missionbot.index.Analysis;
import org.missionbot.index.Scope;
import org.missionbot.search.Concept;
import org.missionbot.search.Hit;
import org.missionbot.search.Language;
import org.missionbot.search.Question;
import org.missionbot.search.QuestionKind;

/**
 * Writes the lead line of an answer from its quotes: the figure, date or name the question asks for,
 * with the date of its source. When sources of different dates give different figures, it lists each,
 * newest first, and says they differ.
 */
final class Leads {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMM yyyy", Locale.ENGLISH);

  /**
   * A figure as the mention finder gives it: a qualifier, then money ("$123 million", "80.5 million
   * dollars"), a share ("80%") or a count ("1,000"), or a count in words ("hundreds of thousands").
   */
  private static final Pattern FIGURE = Pattern.compile("(?i)((?:" + MentionFinder.QUALIFIERS + ") )?(?:((?:"
      + MentionFinder.CURRENCY + ")?\\s?\\$\\s?)?(" + MentionFinder.NUMBER + ")(?:\\s?(million|billion|thousand|bn|m)\\b)?"
      + "(\\s?%|\\s(?:US |Canadian |American )?dollars)?|(hundreds of thousands|thousands|hundreds|millions|dozens))");

  /** "July 2021", "October 2", "2 October 2022", "Oct. 15", "June 25, 2024": a month, maybe a day, maybe a year. */
  private static final Pattern PARTIAL_DATE = Pattern.compile("(?i)(?:(\\d{1,2})\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
      + "|nov|dec)[a-z]*\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+((?:19|20)\\d\\d))?");

  private static final java.util.regex.Pattern PLURAL =
      java.util.regex.Pattern.compile("(?i)\\b(?:countr\\w*s|nations|states)\\b"); // "countrys" is plural too

  /** "Who is X?": a question about a person it names. */
  private static final java.util.regex.Pattern DEFINITION = java.util.regex.Pattern.compile(
      "(?i)^\\W*who(?:'s| is| was| are| were)\\s+(?!the\\b|a\\b|an\\b|now\\b|currently\\b)(?!\\w+(?:ed|ing)\\b)");

  /** The unit of a duration and what follows it: "-year", " months", "-day-long". */
  private static final List<String> UNITS = List.of("year", "month", "week", "day", "hour", "decade");
  private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen");
  private static final Pattern DURATION_UNIT = Pattern.compile("(?i)[- ](year|month|week|day|hour|decade)s?(?:[- ]long)?$");
  /**
   * "Where" ("which city") asked of what someone said, with what was said as a clause of its own: "where did Blinken say
   * gangs were dominating?" asks the place in the clause, which a sentence may leave unnamed while it names
   * where the words were spoken ("while in Ottawa, Blinken said ..."). Either reading may be meant, so no
   * place leads; "where did Blinken say this?" asks where he spoke, and may.
   */
  private static final Pattern WHERE_IN_WHAT_WAS_SAID = Pattern.compile("(?i)\\b(?:where|(?:which|what)\\s+(?:city|town"
      + "|place|area))\\s+(?:did|does|do|has|have|had|will|would|could|can)\\s+(?:[\\p{L}'\u2019.-]+\\s+){1,4}?"
      + "(?:say|says|said|claim|claimed|believe|believes|think|thinks|suggest|suggested|insist|insisted|warn|warned)"
      + "\\s+(?:that\\s+)?(?!(?:it|so|this|that|these|those|something|anything)\\b)[\\p{L}'\u2019-]+\\s+[\\p{L}'\u2019-]+");
  private static final Pattern HOW_MANY = Pattern.compile("(?i)\\bhow many\\s+((?:[\\p{L}\\p{N}'-]+\\s*){1,3})");
  /**
   * What happened to those "how many" counts, as a perfect passive, a present perfect or a relative clause
   * puts it: "how many officers have been killed", "how many officers have died", "how many police which
   * died" (Creole "ki mouri" read word for word). Not a past perfect, which reports what someone said ("how
   * many countries did Nichols say he had talked to" is answered by "I have spoken to dozens"). Not a
   * bare "were": "how many officers were planned" is answered by a count that says no "planned". After a
   * bare relative only a past in -ed, not "need", "seven", "often".
   */
  private static final Pattern COUNTED_EVENT = Pattern.compile("(?i)\\bhow many\\b.{0,60}?\\b(?:(?:(?:who|which|that)\\s+)?"
      + "(?:have|has|had)\\s+been\\s+|(?:have|has)\\s+(?!been\\b)(?=\\p{L}+(?:ed|en)\\b)|(?:who|which|that)\\s+were\\s+"
      + "|(?:who|which|that)\\s+(?=\\p{L}+(?<!e)ed\\b))(\\p{L}{2,}(?:ed|en))\\b");
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
  /** A toll asked for: a count of the dead. */
  private static final Pattern TOLL = Pattern.compile("(?i)" + QuestionKind.DEATH_TOLL + "|\\btolls?\\b");
  /** The words after a count that say it counts the dead. */
  private static final Set<String> DEAD = Set.of("dead", "death", "deaths", "died", "killed", "casualties", "lives", "victims")
      .stream().map(Analysis::stem).collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** What "how many" asks when it names no one in particular: every count of persons is one of them. */
  private static final Set<String> PEOPLE = Set.of(Analysis.stem("people"), Analysis.stem("persons"),
      Analysis.stem("individuals"));
  private static final java.util.regex.Pattern INCREMENT = java.util.regex.Pattern.compile(
      "(?i)\\b(?:additional|another|more|extra|further|new|increase of|top-up|boost of)\\b");

  private Leads() {}

  /**
   * The lead for the evidence quoted, best first; empty when unsure.
   *
   * @param latest whether the question asks for what holds now ("the latest figure"), a word its reading no longer has
   */
  static String write(Question question, List<Evidence> evidence, boolean latest, Language language) {
    QuestionKind kind = question.kind();
    if (kind.wants() == null || evidence.isEmpty() || evidence.get(0).value() == null) {
      return "";
    }
    if (kind == QuestionKind.PERSON && DEFINITION.matcher(question.meaning()).find()) {
      return ""; // "Who is Monique Clesca?" is answered by the quotes, not by another name
    }
    if (kind.wants() == Mention.Kind.PLACE && WHERE_IN_WHAT_WAS_SAID.matcher(question.meaning()).find()) {
      return ""; // "where did Blinken say gangs dominate?" is not answered by where he said it
    }
    if (isFigure(kind.wants())) {
      // each figure from a sentence that holds all that is asked, the first quote's or not: "how much did Canada
      // pledge for the Kenyan-led mission" is stated by "Canada praised Kenya's leadership ... and pledged $80.5
      // million", not by a newer "Ottawa has committed ... $123 million for the mission" quoted first
      Set<String> given = numbers(question.text());
      List<Evidence> stating = evidence.stream()
          .filter(e -> e.value() != null && !isVague(e) && statesTheQuestion(question, e) && countsWhatIsAsked(question, e)
              && !isGiven(e, given))
          .toList();
      return outdated(latest, stating, evidence) ? "" : figures(stating, language);
    }
    if (!statesTheQuestion(question, evidence.get(0)) || !countsWhatIsAsked(question, evidence.get(0))) {
      return ""; // the sentence does not hold all that is asked: quotes alone beat a lead that may be wrong
    }
    return switch (kind.wants()) {
      case DATE -> date(question, evidence.get(0), language);
      case PERSON, PLACE -> withDate(MentionFinder.withoutPossessive(evidence.get(0).valueText()), evidence.get(0), language);
      case DURATION -> withDate(duration(evidence.get(0).valueText(), language), evidence.get(0), language);
      case COUNTRY -> withDate(String.join(", ", shown(question, evidence.get(0)).stream()
          .map(m -> m.in(evidence.get(0).text())).distinct().toList()), evidence.get(0), language);
      default -> "";
    };
  }

  /**
   * A duration as a length of time in the asker's language: "a 13-year mission" says "13 years" ("13
   * ans"), "a two-day trip" "2 days". A count it cannot read ("several") is left as the quote has it.
   */
  static String duration(String value, Language language) {
    Matcher m = DURATION_UNIT.matcher(value);
    if (!m.find()) {
      return value;
    }
    String said = value.substring(0, m.start()).toLowerCase(Locale.ROOT);
    int number = NUMBER_WORDS.indexOf(said);
    String count = number > 0 ? Integer.toString(number) : said.matches("[\\d,.]+") ? said : null;
    if (count == null) {
      return value;
    }
    int unit = UNITS.indexOf(m.group(1).toLowerCase(Locale.ROOT));
    String[] names = Messages.get(language, "duration_units").split(",")[unit].split("\\|");
    return count + " " + names[count.equals("1") ? 0 : 1];
  }

  /** The lead for the holder of a role: the name, with the date of the article that names them so. */
  static String holder(Evidence evidence, Language language) {
    return withDate(MentionFinder.withoutPossessive(evidence.valueText()), evidence, language);
  }

  /** The mentions a quote shows as its answer: every country when countries are asked for, else the best mention. */
  static List<Mention> shown(Question question, Evidence evidence) {
    if (evidence.value() == null) {
      return List.of();
    }
    if (evidence.value().kind() != Mention.Kind.COUNTRY || !PLURAL.matcher(question.meaning()).find()) {
      return List.of(evidence.value());
    }
    return evidence.values().stream().sorted(java.util.Comparator.comparingInt(Mention::start)).toList();
  }

  /** An article just before a name: "the Ariel Henry government". */
  private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:the|a|an)\\s+$");
  /** The word in lower case just after a name, when it is no pronoun opening a clause ("the Ariel Henry who led it"). */
  private static final Pattern COMMON_WORD_AFTER = Pattern.compile("^\\s+(?!(?:who|whom|whose|which|that)\\b)(\\p{Ll}+)");
  private static final Pattern WHOSE = Pattern.compile("(?i)\\bwhose\\b");

  /**
   * Whether a person's name stands as a modifier of the noun after it, not as someone in the sentence,
   * for a question that asks neither whose nor about that noun: English sets no article before a bare
   * name, so "negotiating with the Ariel Henry government" names a government, and "who else is in the
   * coalition?" is not answered by Ariel Henry, while "whose government was it negotiating with?" is.
   */
  static boolean isAttributive(Question question, Mention mention, String text) {
    if (mention.kind() != Mention.Kind.PERSON || !ARTICLE_BEFORE.matcher(text.substring(0, mention.start())).find()) {
      return false;
    }
    Matcher after = COMMON_WORD_AFTER.matcher(text.substring(mention.end()));
    if (!after.find() || WHOSE.matcher(question.meaning()).find()) {
      return false;
    }
    String noun = Analysis.stem(after.group(1));
    return question.concepts().stream().noneMatch(c -> c.stem().equals(noun));
  }

  /** The distinct figures of the evidence, newest first, one per source date. */
  static List<Evidence> distinctFigures(List<Evidence> evidence) {
    Map<String, Evidence> byValue = new LinkedHashMap<>();
    for (Evidence e : evidence) {
      if (e.value() != null) {
        byValue.putIfAbsent(e.valueKey(), e);
      }
    }
    List<Evidence> figures = new ArrayList<>(byValue.values());
    figures.sort((a, b) -> compareDates(published(b), published(a)));
    return figures;
  }

  /**
   * Whether the evidence's own text holds every word of the question the articles know, so that a
   * value drawn from it is about the thing asked ("the spouse of X" is not answered by a name near X).
   * A word asking how a figure changed is answered by the figures over time, not by a sentence.
   */
  private static boolean statesTheQuestion(Question question, Evidence evidence) {
    return question.concepts().stream().allMatch(c -> c.known() && evidence.hit().matched().contains(c)
        || isFigure(question.kind().wants()) && TimeFrame.isChange(c.word()) || namedBefore(c, evidence));
  }

  /**
   * Whether a question's name is one of the bot's topic ("the MSS", "Haiti") that the quote's sentence
   * before the evidence's own names, in an article on that topic: "… a vocal advocate for the MSS.
   * Ottawa has committed …, pledging approximately $123 million for the mission" states Canada's pledge
   * to the MSS, though its second sentence only says "the mission".
   */
  private static boolean namedBefore(Concept concept, Evidence evidence) {
    Hit hit = evidence.hit();
    if (!concept.name() || !hit.quotesPrevious() || !Scope.namesTopic(concept.word()) || !AnswerEngine.onTopic(hit)) {
      return false; // most concepts: no pattern is compiled
    }
    String before = Analysis.fold(hit.quoteText().substring(0, hit.quoteOffset()));
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(Analysis.fold(concept.word())) + "(?![\\p{L}\\p{N}])")
        .matcher(before).find();
  }

  /**
   * A share or a count told in words without a measure ("much of", "the bulk of", "a number of"): it
   * answers, in the quote, but is no figure for a lead.
   */
  private static final Pattern VAGUE_SHARE = Pattern.compile("(?i)" + Mention.VAGUE_SHARE);
  private static final Pattern VAGUE_COUNT = Pattern.compile("(?i)" + Mention.VAGUE_COUNT);

  /** Whether the evidence's figure is a share or a count told without a measure ("much of the country"). */
  static boolean isVague(Evidence evidence) {
    return evidence.value() != null && isVague(evidence.value(), evidence.text());
  }

  /** Whether a mention is a share or a count told without a measure, qualified or not ("over much of"). */
  static boolean isVague(Mention mention, String text) {
    return mention.kind() == Mention.Kind.SHARE && VAGUE_SHARE.matcher(mention.in(text)).find()
        || mention.kind() == Mention.Kind.COUNT && VAGUE_COUNT.matcher(mention.in(text)).find(); // "only a handful of"
  }

  /** Whether the figure is an increment ("an additional $60 million", "another 200 officers"), not a total. */
  static boolean isIncrement(Evidence evidence) {
    if (evidence.value() == null) {
      return false;
    }
    String before = evidence.text().substring(Math.max(0, evidence.value().start() - 24), evidence.value().start());
    return INCREMENT.matcher(before).find() || INCREMENT.matcher(evidence.valueText()).find();
  }

  /**
   * Whether a count counts what "how many" asks about: a word of the three after "how many" stands in
   * the four after the number ("how many gangs" is not answered by "400 Kenyan police officers"), and
   * no country the question leaves out qualifies it there when the question names one.
   */
  static boolean countsWhatIsAsked(Question question, Evidence evidence) {
    return countsWhatIsAsked(question, evidence, (e, word) -> false);
  }

  /**
   * As {@link #countsWhatIsAsked(Question, Evidence)}, where the words after the count may also be a
   * synonym of the noun counted: {@code namedAfter} tells whether the question's word (lower case)
   * matches, as the index reads it, just after the evidence's count ("how many cops" and "1,000 police
   * officers", one group of the synonyms).
   */
  static boolean countsWhatIsAsked(Question question, Evidence evidence, BiPredicate<Evidence, String> namedAfter) {
    Matcher asked = HOW_MANY.matcher(question.meaning());
    if (evidence.value() != null && evidence.value().kind() == Mention.Kind.COUNT && TOLL.matcher(question.meaning()).find()) {
      // "what's the death toll?" is answered by a count of the dead, not by "400 Kenyan police officers"
      return stems(wordsAfter(evidence)).stream().anyMatch(DEAD::contains);
    }
    if (evidence.value() == null || evidence.value().kind() != Mention.Kind.COUNT || !asked.find()) {
      return true;
    }
    Matcher event = COUNTED_EVENT.matcher(question.meaning());
    if (event.find() && !holdsAskedWord(question, evidence.hit(), Questions.fold(event.group(1)), false)) {
      return false; // "how many officers have been killed?" is not answered by "400 officers landed"
    }
    Set<String> counted = new java.util.HashSet<>(stems(asked.group(1)));
    String first = Questions.fold(asked.group(1).strip().split("\\s+")[0]);
    if (PEOPLE.contains(Analysis.stem(first))) {
      return true; // "how many people": any count of persons may be it ("2,500 security personnel")
    }
    if (first.endsWith("s") && Countries.get().isDemonym(first.substring(0, first.length() - 1))) {
      counted.addAll(PEOPLE); // "how many Haitians" are counted as people ("hundreds of thousands of people")
    }
    String next = wordsAfter(evidence);
    Set<String> following = stems(next);
    // the question's countries as its misspelt words were read ("kenia" is Kenya)
    List<String> countries = Attribution.countriesIn(question.meaning());
    // "how many police officers does Haiti have?" is not answered by "400 Kenyan police officers", nor
    // by "Kenyan security personnel, who will number up to 1,000 police officers"
    boolean ofAnother = !countries.isEmpty()
        && !countries.containsAll(Attribution.countriesIn(wordsBefore(evidence) + " " + wordsAfter(evidence, 8)));
    return (counted.stream().anyMatch(following::contains) || misspells(asked.group(1), next)
        || namedAfter.test(evidence, first)) && !ofAnother;
  }

  /**
   * Whether a word of the question is one typo from one of the words ("officals" of "officials"): a
   * letter added, dropped or swapped, or a vowel for another, as the glossaries' typo reading has it;
   * words under five letters are too often one typo from another real word.
   */
  private static boolean misspells(String question, String words) {
    List<String> written = List.of(Questions.fold(words).split("[^\\p{L}]+"));
    return java.util.Arrays.stream(Questions.fold(question).split("[^\\p{L}]+")).filter(w -> w.length() >= 5)
        .anyMatch(w -> written.stream().anyMatch(t -> org.missionbot.search.Glossary.isTypoOf(w, t)));
  }

  /** The six words before the evidence's value within its sentence: who the counted are ("Kenyan security personnel, who will number"). */
  private static String wordsBefore(Evidence evidence) {
    String before = evidence.text().substring(0, evidence.value().start());
    int sentence = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf("? "), before.lastIndexOf("! ")));
    String[] words = before.substring(sentence + 1).strip().split("\\s+");
    return String.join(" ", java.util.Arrays.asList(words).subList(Math.max(0, words.length - 6), words.length));
  }

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
   * ({@link #reportsWords}). True when the question asks no such thing, or its verb is none the
   * articles know.
   */
  static boolean statesTheDeed(Question question, Hit best) {
    if (!reportsWords(question, best)) {
      return false; // words said are the deed asked of "what did X say"
    }
    String folded = Questions.fold(question.meaning());
    if (question.kinds().contains(QuestionKind.DATE) && BECOMING.matcher(folded).find()
        && !BECOMING.matcher(Questions.fold(best.quoteText())).find()) {
      return false; // "when did Ruto become president?" is not answered by a dated sentence on President Ruto
    }
    String verb = doneVerb(folded);
    if (verb != null && !holdsAskedWord(question, best, verb, true)) {
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
    return holdsAskedWord(question, best, deed.group(1), true); // a verb no article has cannot be checked
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
    return AnswerEngine.MENTIONS.get(text).stream().anyMatch(m -> m.kind() == Mention.Kind.SPEECH);
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
   * no word the reader took (a typo corrected, a word left out), or a word no article has (another
   * word may say it: "which alliance" is told by "the Montana Group coalition").
   */
  static boolean namesTheAskedType(Question question, Hit best) {
    String type = askedType(question);
    return type == null || holdsAskedWord(question, best, type, true)
        || stems(best.quoteText()).contains(Analysis.stem(type)); // said in the sentence it leans on
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
    Set<String> asked = stems(question.meaning());
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
        .map(r -> stems(r.group())).anyMatch(run -> run.containsAll(qualifiers));
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
   * first letters too); true when the word is none of the question's, or, with {@code knownOnly}, none
   * the articles know.
   */
  private static boolean holdsAskedWord(Question question, Hit hit, String word, boolean knownOnly) {
    return question.concepts().stream().noneMatch(c -> c.word().equals(word) && (c.known() || !knownOnly))
        || hit.matched().stream().anyMatch(c -> c.word().equals(word));
  }

  /** The four words after the evidence's value: what a count counts ("400 Kenyan police officers"). */
  private static String wordsAfter(Evidence evidence) {
    return wordsAfter(evidence, 4);
  }

  /** The words after the evidence's value, at most so many. */
  private static String wordsAfter(Evidence evidence, int most) {
    String after = evidence.text().substring(evidence.value().end()).strip();
    return String.join(" ", java.util.Arrays.stream(after.split("\\s+")).limit(most).toList());
  }

  /**
   * The evidence whose figure counts what the first one counts: all of it unless the first is a count,
   * then the figures that are no count and the counts whose four words after share a word with the
   * first's ("400 Kenyan police officers" and "up to 1,000 police officers" do).
   */
  private static List<Evidence> countingAsTheFirst(List<Evidence> evidence) {
    if (evidence.get(0).value().kind() != Mention.Kind.COUNT) {
      return evidence;
    }
    Set<String> counted = countedWords(evidence.get(0));
    return evidence.stream().filter(e -> e.value().kind() != Mention.Kind.COUNT
        || countedWords(e).stream().anyMatch(counted::contains)).toList();
  }

  /** The stems of the content words among the four after a figure: what it counts. */
  private static Set<String> countedWords(Evidence evidence) {
    return stems(wordsAfter(evidence)).stream().filter(w -> !Analysis.isStopWord(w)).collect(java.util.stream.Collectors.toSet());
  }

  private static Set<String> stems(String words) {
    return java.util.Arrays.stream(Questions.fold(words).split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() > 1)
        .map(Analysis::stem).collect(java.util.stream.Collectors.toSet());
  }

  /** A number as written: its digits, with the separators of thousands and decimals. */
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

  /**
   * Whether the figure is one the question states itself, every number of it written there too ("why is
   * the mission only at 40 percent capacity?", "how many of the 2,500 have arrived?"): the asker has it
   * already, so it answers nothing.
   *
   * @param given the numbers the question writes ({@link #numbers})
   */
  private static boolean isGiven(Evidence evidence, Set<String> given) {
    Set<String> figure = numbers(evidence.valueText());
    return !figure.isEmpty() && given.containsAll(figure);
  }

  /** The numbers a text writes, without their separators of thousands. */
  private static Set<String> numbers(String text) {
    return NUMBER.matcher(text).results().map(m -> m.group().replace(",", "")).collect(Collectors.toSet());
  }

  /**
   * Whether the question asks for the latest figure ("the latest figure for Canada's pledge", "how many
   * are there now") and a newer article than any of those stating the question quotes a figure of the
   * kind asked, in a sentence that does not hold all of the question's words ("Ottawa ... pledged over
   * $123 million"): a lead from the older article would pass an outdated figure off as the latest.
   */
  private static boolean outdated(boolean latest, List<Evidence> stating, List<Evidence> quoted) {
    if (stating.isEmpty() || !latest) {
      return false;
    }
    LocalDate newestStating = stating.stream().map(Leads::published).max(Leads::compareDates).orElse(null);
    return quoted.stream().filter(e -> e.value() != null && !isVague(e) && !isIncrement(e))
        .anyMatch(e -> compareDates(published(e), newestStating) > 0);
  }

  private static String figures(List<Evidence> totals, Language language) {
    List<Evidence> totalsOnly = totals.stream().filter(e -> !isIncrement(e)).toList();
    if (totalsOnly.isEmpty()) {
      return "";
    }
    // "2,500 security personnel" and "dozens of partner countries" are no two sizes of one thing
    List<Evidence> evidence = countingAsTheFirst(totalsOnly);
    List<Evidence> figures = distinctFigures(evidence);
    boolean differ = figures.size() > 1 && figures.stream().map(Leads::published).distinct().count() > 1;
    if (!differ) {
      return withDate(localFigure(evidence.get(0).valueText(), language), evidence.get(0), language);
    }
    List<String> parts = figures.stream().map(e -> localFigure(e.valueText(), language) + dateSuffix(e, language)).toList();
    boolean onePerDate = figures.stream().map(Leads::published).distinct().count() == figures.size();
    return Messages.get(language, onePerDate ? "figures_over_time" : "figures_differ", String.join("; ", parts));
  }

  /**
   * The date as the quote gives it; a bare weekday ("on Tuesday") is resolved against the article's
   * date, as {@link TimeFrame#weekday} reads it, and is no lead for a question about what will happen
   * when it is a day that had passed.
   */
  private static String date(Question question, Evidence evidence, Language language) {
    String text = evidence.valueText();
    Mention value = evidence.value();
    LocalDate published = published(evidence);
    LocalDate day = TimeFrame.weekday(evidence.text(), value, article(evidence));
    if (day != null) {
      if (TimeFrame.asksFuture(question.meaning()) && !day.isAfter(published)) {
        return ""; // "when will they deploy?" is not answered by the day the deployment was announced
      }
      return language == Language.ENGLISH ? DAY.format(day) : Messages.date(language, day);
    }
    return withDate(language == Language.ENGLISH ? text : localDate(text, language), evidence, language);
  }

  /**
   * A figure as the quote gives it, in the asker's language: "approximately $123 million" is "environ
   * 123 millions de dollars", "up to 1,000" "jusqu'à 1 000", "over 80%" "plus de 80 %"; the words come
   * from the message bundle, the number is the quote's. As given when English, or when not read.
   */
  static String localFigure(String value, Language language) {
    Matcher m = FIGURE.matcher(value);
    if (language == Language.ENGLISH || !m.matches()) {
      return value;
    }
    String qualifier = m.group(1) == null ? "" : Messages.get(language, "figure_"
        + m.group(1).strip().toLowerCase(Locale.ROOT).replace(' ', '_')) + " ";
    if (m.group(6) != null) { // "hundreds of thousands"
      return qualifier + Messages.get(language, "figure_" + m.group(6).toLowerCase(Locale.ROOT).replace(' ', '_'));
    }
    String number = localNumber(m.group(3), language);
    String scale = m.group(4) == null ? "" : " " + Messages.get(language, "figure_" + m.group(4).toLowerCase(Locale.ROOT)
        .replaceAll("^(?:bn)$", "billion").replaceAll("^m$", "million"));
    if (m.group(2) != null || m.group(5) != null && !m.group(5).equals("%")) {
      return qualifier + Messages.get(language, scale.isEmpty() ? "figure_dollars" : "figure_dollars_scaled", number + scale);
    }
    return qualifier + number + scale + ("%".equals(m.group(5)) ? Messages.get(language, "figure_percent") : "");
  }

  /** A number with the asker's separators: "1,000" is "1 000" and "80.5" is "80,5" in French and Creole. */
  private static String localNumber(String number, Language language) {
    String groups = Messages.get(language, "figure_grouping");
    String decimal = Messages.get(language, "figure_decimal_point");
    return number.replace(",", "\u0000").replace(".", decimal).replace("\u0000", groups.equals("space") ? "\u00a0" : groups);
  }

  /** A date as the quote gives it, in the asker's language ("July 2021": "juillet 2021"); as given when not read. */
  private static String localDate(String text, Language language) {
    Matcher m = PARTIAL_DATE.matcher(text);
    if (!m.matches()) {
      return text;
    }
    java.time.Month month = TimeFrame.month(m.group(2));
    String day = m.group(1) != null ? m.group(1) : m.group(3);
    Integer year = m.group(4) == null ? null : Integer.valueOf(m.group(4));
    if (day != null && Integer.parseInt(day) > month.maxLength()) {
      return text;
    }
    return Messages.date(language, day == null ? null : Integer.valueOf(day), month, year);
  }

  private static String withDate(String value, Evidence evidence, Language language) {
    return capitalise(value) + dateSuffix(evidence, language);
  }

  /** An article's outlet, dated, as the lead to "which news agency is the story from?": "Associated Press (25 Jun 2024)". */
  static String outlet(Article article, Language language) {
    return article.outlet() + dateSuffix(article, language);
  }

  /** " (25 Jun 2024)", the source's date in the asker's language; "" when unknown. */
  private static String dateSuffix(Evidence evidence, Language language) {
    return dateSuffix(article(evidence), language);
  }

  private static String dateSuffix(Article article, Language language) {
    if (language == Language.ENGLISH || article.published() == null) {
      String date = Citation.of(article).date();
      return date.isEmpty() ? "" : " (" + date + ")";
    }
    return " (" + (article.approximateDate() ? "~" : "") + Messages.date(language, article.published()) + ")";
  }

  private static String capitalise(String value) {
    return value.isEmpty() ? value : Character.toUpperCase(value.charAt(0)) + value.substring(1);
  }

  private static Article article(Evidence evidence) {
    return evidence.hit().passage().article();
  }

  private static LocalDate published(Evidence evidence) {
    return article(evidence).published();
  }

  private static int compareDates(LocalDate a, LocalDate b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    return a.compareTo(b);
  }

  static boolean isFigure(Mention.Kind kind) {
    return kind == Mention.Kind.MONEY || kind == Mention.Kind.SHARE || kind == Mention.Kind.COUNT;
  }
}
