package org.missionbot.answer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.CountryNames;
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

  /** "Who is X?": a question about a person it names. */
  private static final java.util.regex.Pattern DEFINITION = java.util.regex.Pattern.compile(
      "(?i)^\\W*who(?:'s| is| was| are| were)\\s+(?!the\\b|a\\b|an\\b|now\\b|currently\\b)(?!\\w+(?:ed|ing)\\b)");

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
          .filter(e -> e.value() != null && !isVague(e) && statesTheQuestion(question, e) && Counts.countsWhatIsAsked(question, e)
              && !isGiven(e, given))
          .toList();
      return outdated(latest, stating, evidence) ? "" : figures(stating, language);
    }
    if (!statesTheQuestion(question, evidence.get(0)) || !Counts.countsWhatIsAsked(question, evidence.get(0))) {
      return ""; // the sentence does not hold all that is asked: quotes alone beat a lead that may be wrong
    }
    return switch (kind.wants()) {
      case DATE -> date(question, evidence.get(0), language);
      case PERSON, PLACE -> withDate(MentionFinder.withoutPossessive(evidence.get(0).valueText()), evidence.get(0), language);
      case DURATION -> withDate(LocalForms.duration(evidence.get(0).valueText(), language), evidence.get(0), language);
      case COUNTRY -> countries(question, evidence.get(0), language);
      default -> "";
    };
  }


  /**
   * The countries a quote shows as its answer, with its date; none when countries are asked for and the
   * quote names one: "Canada has ... been involved in training contributing officers from Caribbean
   * nations" names the trainer, not the countries that contribute.
   */
  private static String countries(Question question, Evidence evidence, Language language) {
    List<String> shown = shown(question, evidence).stream().map(m -> m.in(evidence.text())).distinct().toList();
    return shown.size() < 2 && question.asksCountries() ? "" : withDate(String.join(", ", shown), evidence, language);
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
    if (evidence.value().kind() != Mention.Kind.COUNTRY || !question.asksCountries()) {
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

  /** Capitalised words of a title, with its small joining words: " Prime Minister ", " Ambassador to the UN ". */
  private static final Pattern TITLE = Pattern.compile("(?:'s|\u2019s)?\\s+(?:(?:\\p{Lu}[\\p{L}.-]*|to|of|for|the)\\s+){1,6}");

  /**
   * Whether a country stands in the title of someone the sentence names just after it, whom the
   * question asks about neither by name nor by title: "Bahamas Prime Minister Philip Davis" says which
   * country Davis is prime minister of, and answers "which country's prime minister did Ruto call?",
   * not "in which country was Ariel Henry when he resigned?", as a person's name before a noun names
   * that noun ({@link #isAttributive}).
   */
  static boolean titlesAnother(Question question, Mention country, List<Mention> mentions, String text) {
    if (country.kind() != Mention.Kind.COUNTRY) {
      return false;
    }
    return mentions.stream().filter(m -> m.kind() == Mention.Kind.PERSON && m.start() > country.end())
        .min(Comparator.comparingInt(Mention::start))
        .filter(person -> TITLE.matcher(text).region(country.end(), person.start()).matches())
        .map(person -> stems(text.substring(country.end(), person.end())))
        .map(titled -> question.concepts().stream().noneMatch(c -> titled.contains(c.stem())))
        .orElse(false);
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
        || isFigure(question.kind().wants()) && TimeFrame.isChange(c.word()) || namedBefore(question, c, evidence));
  }

  /**
   * Whether a question's name is one of the bot's topic ("the MSS", "Haiti") that the evidence's sentence
   * leaves to its context, in an article on that topic: the quote's sentence before names it ("… a vocal
   * advocate for the MSS. Ottawa has committed …, pledging approximately $123 million for the mission"),
   * or the headline does ("Kenyan Police Arrive in Haiti …" over "Ottawa … pledged over $123 million … to
   * support the mission"), and the sentence names no country the question does not, so that the figure
   * is not one for somewhere else ("… and $20 million for Jamaica").
   */
  private static boolean namedBefore(Question question, Concept concept, Evidence evidence) {
    Hit hit = evidence.hit();
    if (!Scope.namesTopic(concept.word()) || !EvidenceChooser.onTopic(hit)) {
      return false; // most concepts: no pattern is compiled; a topic's name counts in any case ("mss", "haiti")
    }
    Pattern name = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(Analysis.fold(concept.word())) + "(?![\\p{L}\\p{N}])");
    if (hit.quotesPrevious() && name.matcher(Analysis.fold(hit.quoteText().substring(0, hit.quoteOffset()))).find()) {
      return true;
    }
    return name.matcher(Analysis.fold(hit.passage().article().title())).find()
        && CountryNames.get().namedIn(evidence.text()).stream().allMatch(question.countries()::contains);
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

  /** The four words after the evidence's value: what a count counts ("400 Kenyan police officers"). */
  static String wordsAfter(Evidence evidence) {
    return wordsAfter(evidence, 4);
  }

  /** The words after the evidence's value, at most so many. */
  static String wordsAfter(Evidence evidence, int most) {
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

  static Set<String> stems(String words) {
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
      return withDate(LocalForms.localFigure(evidence.get(0).valueText(), language), evidence.get(0), language);
    }
    List<String> parts = figures.stream().map(e -> LocalForms.localFigure(e.valueText(), language) + dateSuffix(e, language)).toList();
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
    LocalDate day = WrittenDates.weekday(evidence.text(), value, article(evidence));
    if (day != null) {
      if (TimeFrame.asksFuture(question.meaning()) && !day.isAfter(published)) {
        return ""; // "when will they deploy?" is not answered by the day the deployment was announced
      }
      return language == Language.ENGLISH ? DAY.format(day) : Messages.date(language, day);
    }
    return withDate(language == Language.ENGLISH ? text : LocalForms.localDate(text, language), evidence, language);
  }


  private static String withDate(String value, Evidence evidence, Language language) {
    return capitalise(value) + dateSuffix(evidence, language);
  }

  /** An article's outlet, dated, as the lead to "which news agency is the story from?": "Associated Press (25 Jun 2024)". */
  static String outlet(Article article, Language language) {
    return article.outlet() + LocalForms.dateSuffix(article, language);
  }

  /** " (25 Jun 2024)", the source's date in the asker's language; "" when unknown. */
  private static String dateSuffix(Evidence evidence, Language language) {
    return LocalForms.dateSuffix(article(evidence), language);
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
