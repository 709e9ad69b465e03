package org.missionbot.answer;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionbot.corpus.Countries;
import org.missionbot.corpus.Mention;
import org.missionbot.corpus.MentionFinder;
import org.missionbot.search.Concept;
import org.missionbot.search.Hit;
import org.missionbot.search.Question;

/**
 * Whether quotes give the figure a question asks for, and of whom it asks: "how much has Kenya
 * pledged?" is not answered by "Canada praised Kenya's leadership ... and pledged $80.5 million".
 * A sentence's first country is taken as its subject, which is how news copy is written.
 */
final class Attribution {

  private static final Pattern WORD = Pattern.compile("[\\p{L}.]+");
  private static final Countries COUNTRIES = Countries.get();
  /** "in" just before a name: the name is where it all happens ("in Haiti"). */
  private static final Pattern IN_BEFORE = Pattern.compile("(?i)\\b(?:in|across|throughout|inside)\\s+$");
  private static final Pattern COUNTRY_OR_PEOPLE = Pattern.compile("\\b\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}\\p{L}+)?");

  private Attribution() {}

  /**
   * Whether some quote holds the figure, and the best passage holds every name the question gives,
   * but the articles' topic as the place of it all, which every passage is about without naming it:
   * "how many people face acute hunger in Haiti?" is answered by "... left millions facing acute
   * hunger"; "how many police officers does Haiti have?" needs a passage that names Haiti.
   */
  static boolean givesFigure(Question question, List<Evidence> evidence, Hit best, Predicate<String> topical) {
    List<String> lacking = named(question, topical).stream().filter(c -> !best.matched().contains(c)).map(Concept::word).toList();
    return evidence.stream().anyMatch(e -> e.value() != null) && (lacking.isEmpty() || heldByPronoun(best, lacking));
  }

  /** "he" or "she" as a word: a person a sentence names only by a pronoun. */
  static final Pattern PRONOUN = Pattern.compile("(?i)\\b(?:he|she)\\b");

  /** How far back in its article a pronoun's person is looked for: about three sentences. */
  private static final int PRONOUN_REACH = 500;
  private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /**
   * Whether a passage names someone only as "he" or "she" who is the last person its article names
   * before it, by one of the words of a name ({@code name}, folded): "'I have spoken to dozens of
   * partner countries,' he added." two sentences after "..., Nichols dismissed pessimism".
   */
  private static boolean heldByPronoun(Hit hit, List<String> name) {
    if (!PRONOUN.matcher(hit.passage().text()).find()) {
      return false;
    }
    String before = hit.passage().article().body()
        .substring(Math.max(0, hit.passage().start() - PRONOUN_REACH), hit.passage().start());
    int named = NAME_WORD.matcher(before).results().filter(w -> name.contains(Questions.fold(w.group())))
        .mapToInt(java.util.regex.MatchResult::start).max().orElse(-1);
    return named >= 0 && Mentions.of(before).stream().noneMatch(m -> m.kind() == Mention.Kind.PERSON
        && m.start() > named && name.stream().noneMatch(Questions.fold(m.in(before))::contains));
  }

  /**
   * The evidence without the quotes whose figure belongs to another country than the one the question
   * names: the first country named before the figure, other than the articles' topic, is its subject.
   */
  static List<Evidence> ofAskedCountry(Question question, List<Evidence> evidence, Predicate<String> topical) {
    String asked = countriesIn(withoutEvent(question)).stream().filter(c -> !topical.test(c)).findFirst().orElse(null);
    if (asked == null) {
      return evidence;
    }
    return evidence.stream().filter(e -> {
      String subject = e.value() == null ? null : firstCountry(e.text(), ownSentence(e), e.value().start(), topical);
      return subject == null || subject.equals(asked);
    }).toList();
  }

  /**
   * What a sentence calls the thing its value is of, in the same phrase just after the value: "a
   * 13-year U.N. mission known as MINUSTAH", "a force dubbed X", "the operation named X"; not a verb
   * after a name ("Ruto called Trudeau") nor "so-called". (Nor an acronym in brackets: "Kenya's
   * leadership of the Multinational Security Support (MSS) mission" names the mission asked about.)
   */
  private static final Pattern NAMED_AS = Pattern.compile("^[^,;:!?()\\u2014]{0,60}?(?:\\b(?:known as|dubbed|nicknamed)"
      + "|(?<![\\p{L}-])\\p{Ll}+\\s+(?:called|named))\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\p{N}-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}-]*)*)");

  /**
   * Whether the evidence's value is of something its sentence names and the question does not name
   * by any word of that name: "how long is the mission?" is not told by "a 13-year U.N. mission known
   * as MINUSTAH", which is another; "how long was MINUSTAH." is.
   */
  static boolean ofAnotherNamed(Question question, Evidence e) {
    if (e.value() == null) {
      return false;
    }
    Matcher named = NAMED_AS.matcher(e.text()).region(e.value().end(), e.text().length());
    if (!named.lookingAt()) {
      return false;
    }
    List<String> asked = NAME_WORD.matcher(Questions.fold(question.meaning())).results().map(MatchResult::group).toList();
    return NAME_WORD.matcher(Questions.fold(named.group(1))).results().map(MatchResult::group).noneMatch(asked::contains);
  }

  /**
   * Where the sentence that holds the evidence's figure starts in its quote: a quote of two sentences
   * ("Ruto called Trudeau. Canada pledged $80.5 million.") attributes the figure within its own.
   */
  private static int ownSentence(Evidence e) {
    int offset = e.hit().quoteOffset();
    return e.value().start() >= offset ? offset : 0;
  }

  /**
   * The question without the clause that dates it by an event: "by the time the Kenyans arrived, how
   * much had Ottawa committed?" asks Ottawa's figure, not one of Kenya's.
   */
  private static String withoutEvent(Question question) {
    Event event = Event.in(question.meaning());
    return event == null ? question.meaning() : event.outOf(question.meaning());
  }

  /**
   * The question's concepts that name a country or a person ("United States", "Canada"), but for the
   * articles' topic after "in" ("in Haiti").
   */
  private static List<Concept> named(Question question, Predicate<String> topical) {
    String text = withoutEvent(question);
    List<String> names = MentionFinder.find(text).stream()
        .filter(m -> m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.PERSON)
        .filter(m -> !(topical.test(m.in(text)) && IN_BEFORE.matcher(text).region(0, m.start()).find()))
        .map(m -> Questions.fold(m.in(text))).toList();
    return question.concepts().stream().filter(c -> c.known() && names.stream().anyMatch(n -> n.contains(c.word())))
        .toList();
  }

  /**
   * Countries qualified by a region where they are asked for: "which Caribbean nations", "what other
   * African countries", "name the Caribbean states"; not "countries sending police to the nation in the
   * Caribbean", where the region is the destination's.
   */
  private static final Pattern REGION_ASKED = Pattern.compile("(?i)\\b(?:which|what|name(?:\\s+the)?)(?:\\s+other)?\\s+"
      + "([\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+(?:countr\\w*|nations?|states?)\\b");

  /**
   * The region whose countries the question asks for ("which Caribbean nations are sending officers?":
   * the Caribbean), as {@code region-words.tsv} names it; null when it names none. Benin is no answer to it.
   */
  static String regionAsked(String question) {
    Matcher m = REGION_ASKED.matcher(question);
    while (m.find()) {
      String[] each = m.group(1).split("\\s+");
      String region = COUNTRIES.region(m.group(1));
      region = region != null ? region : COUNTRIES.region(each[each.length - 1]);
      if (region != null) {
        return region;
      }
    }
    return null;
  }

  /** Whether a country named in a quote lies in the region asked for, when one is. */
  static boolean inRegionAsked(String region, String country) {
    return region == null || COUNTRIES.isIn(country, region);
  }

  /**
   * The countries a question names, as canonical keys, in order, whatever its case: people type
   * "how much has kenya pledged?" as often as "Kenya". "us" is the pronoun unless the word before it makes
   * it the country ({@link Countries#usIsTheCountry});
   * a people ("the Kenyans") stands for its country.
   */
  static List<String> countriesIn(String question) {
    List<java.util.regex.MatchResult> words = WORD.matcher(question).results().toList();
    List<String> found = new java.util.ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String one = words.get(i).group();
      String two = i + 1 < words.size() ? COUNTRIES.canonical(one + " " + words.get(i + 1).group()) : null;
      boolean pronoun = one.equals("us") && !Countries.usIsTheCountry(i == 0 ? null : words.get(i - 1).group());
      String word = one.equals("us") ? "US" : one;
      String country = two != null ? two : pronoun ? null : COUNTRIES.canonical(word);
      if (country == null && word.length() > 3 && word.endsWith("s") && COUNTRIES.isDemonym(word.substring(0, word.length() - 1))) {
        country = COUNTRIES.canonical(word.substring(0, word.length() - 1)); // "the Kenyans"
      }
      if (country != null && !found.contains(country)) {
        found.add(country);
      }
      i += two != null ? 1 : 0;
    }
    return found;
  }

  /** The first country a name, a nationality or a capital stands for in the text ("Kenyan police", "Ottawa said"). */
  private static String firstCountry(String text, int from, int before, Predicate<String> topical) {
    Matcher m = COUNTRY_OR_PEOPLE.matcher(text).region(from, before);
    while (m.find()) {
      String country = Countries.get().canonical(m.group());
      if (country != null && !topical.test(m.group())) {
        return country;
      }
    }
    return null;
  }
}
