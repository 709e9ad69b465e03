package org.missionbot.answer;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.missionbot.corpus.Countries;
import org.missionbot.corpus.Mention;
import org.missionbot.index.Analysis;
import org.missionbot.search.Question;
import org.missionbot.search.QuestionKind;

/**
 * Whether a count answers what a "how many" question counts: "how many gangs?" is not answered by
 * "400 Kenyan police officers", "how many officers have been killed?" not by "400 officers landed", a
 * toll only by a count of the dead, an age only by a count of years of age.
 */
final class Counts {

  private Counts() {}

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
  /** A toll asked for: a count of the dead. */
  private static final Pattern TOLL = Pattern.compile("(?i)" + QuestionKind.DEATH_TOLL + "|\\btolls?\\b");
  /** An age asked for, which only a count of years of age answers. */
  private static final Pattern AGE = Pattern.compile("(?i)" + QuestionKind.AGE);
  /** A count that is an age: "56 years old", "a 56-year-old", "aged 56", "at the age of 56", "Ruto, 56, said". */
  private static final Pattern AGE_AFTER = Pattern.compile("(?i)^[\\s-]*years?[\\s-]*old\\b");
  private static final Pattern AGE_BEFORE = Pattern.compile("(?i)\\b(?:aged|age of|age)\\s*$");
  /** A name and its comma, before a count that is then its age when a comma follows it. */
  private static final Pattern NAME_COMMA_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]+,\\s*$");
  /** The words after a count that say it counts the dead. */
  private static final Set<String> DEAD = Set.of("dead", "death", "deaths", "died", "killed", "casualties", "lives", "victims")
      .stream().map(Analysis::stem).collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** What "how many" asks when it names no one in particular: every count of persons is one of them. */
  private static final Set<String> PEOPLE = Set.of(Analysis.stem("people"), Analysis.stem("persons"),
      Analysis.stem("individuals"));

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
    boolean count = evidence.value() != null && evidence.value().kind() == Mention.Kind.COUNT;
    if (count && TOLL.matcher(question.meaning()).find()) {
      // "what's the death toll?" is answered by a count of the dead, not by "400 Kenyan police officers"
      return Leads.stems(Leads.wordsAfter(evidence)).stream().anyMatch(DEAD::contains);
    }
    if (count && AGE.matcher(question.meaning()).find()) {
      // "how old is Ariel Henry?" is answered by "Henry, 73, said" or "aged 73", not by "Henry and 18 top-ranking officials"
      return isAge(evidence);
    }
    if (!count || !asked.find()) {
      return true;
    }
    Matcher event = COUNTED_EVENT.matcher(question.meaning());
    if (event.find() && !AskedChecks.holdsAskedWord(question, evidence.hit(), Questions.fold(event.group(1)), c -> true)) {
      return false; // "how many officers have been killed?" is not answered by "400 officers landed"
    }
    Set<String> counted = new java.util.HashSet<>(Leads.stems(asked.group(1)));
    String first = Questions.fold(asked.group(1).strip().split("\\s+")[0]);
    if (PEOPLE.contains(Analysis.stem(first))) {
      return true; // "how many people": any count of persons may be it ("2,500 security personnel")
    }
    if (first.endsWith("s") && Countries.get().isDemonym(first.substring(0, first.length() - 1))) {
      counted.addAll(PEOPLE); // "how many Haitians" are counted as people ("hundreds of thousands of people")
    }
    String next = Leads.wordsAfter(evidence);
    Set<String> following = Leads.stems(next);
    // the question's countries as its misspelt words were read ("kenia" is Kenya)
    List<String> countries = Attribution.countriesIn(question.meaning());
    // "how many police officers does Haiti have?" is not answered by "400 Kenyan police officers", nor
    // by "Kenyan security personnel, who will number up to 1,000 police officers"
    boolean ofAnother = !countries.isEmpty()
        && !countries.containsAll(Attribution.countriesIn(wordsBefore(evidence) + " " + Leads.wordsAfter(evidence, 8)));
    return (counted.stream().anyMatch(following::contains) || misspells(asked.group(1), next)
        || namedAfter.test(evidence, first)) && !ofAnother;
  }

  /** Whether the evidence's count is written as someone's age. */
  private static boolean isAge(Evidence evidence) {
    String before = evidence.text().substring(0, evidence.value().start());
    String after = evidence.text().substring(evidence.value().end());
    return AGE_AFTER.matcher(after).find() || AGE_BEFORE.matcher(before).find()
        || NAME_COMMA_BEFORE.matcher(before).find() && after.startsWith(",");
  }

  /**
   * Whether a word of the question is one typo from one of the words ("officals" of "officials"): a
   * letter added, dropped or swapped, or a vowel for another, as the glossaries' typo reading has it;
   * words under five letters are too often one typo from another real word.
   */
  private static boolean misspells(String question, String words) {
    List<String> written = List.of(Questions.fold(words).split("[^\\p{L}]+"));
    return java.util.Arrays.stream(Questions.fold(question).split("[^\\p{L}]+")).filter(w -> w.length() >= 5)
        .anyMatch(w -> written.stream().anyMatch(t -> org.missionbot.search.Typos.isTypoOf(w, t)));
  }

  /** The six words before the evidence's value within its sentence: who the counted are ("Kenyan security personnel, who will number"). */
  private static String wordsBefore(Evidence evidence) {
    String before = evidence.text().substring(0, evidence.value().start());
    int sentence = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf("? "), before.lastIndexOf("! ")));
    String[] words = before.substring(sentence + 1).strip().split("\\s+");
    return String.join(" ", java.util.Arrays.asList(words).subList(Math.max(0, words.length - 6), words.length));
  }
}
