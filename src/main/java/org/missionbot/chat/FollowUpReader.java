package org.missionbot.chat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionbot.corpus.Countries;

/**
 * Reads a follow-up ("and Kenya?", "and when?", "what about in 2022?") against the question before it,
 * in English, French or Haitian Creole: a country replaces the previous question's country, a person
 * its person, a nationality its nationality; a question word changes what is asked and keeps the
 * subject; a time phrase replaces the time; anything else short is added to the question. A message
 * that is no follow-up is left as it is. Pure and thread-safe.
 */
final class FollowUpReader {

  /** The words that open a follow-up, before what it changes. */
  private static final Pattern OPENING = Pattern.compile("(?iU)^\\s*(?:and what about|and how about|what about|how about"
      + "|same question for|same for|what of|and|but|also|et pour|et|mais|e pou|epi|e)\\b[\\s,]*(.+?)[\\s?.!]*$");
  /** Words before a name that say how it is asked about, not who: "for Kenya", "in Kenya", "about Ruto". */
  private static final Pattern PREPOSITION = Pattern.compile("(?iU)^(?:for|about|in|from|with|of|by|pour|de|du|pou|nan)\\s+");
  /** A question word, and the words that may follow it in a question that only changes what is asked. */
  private static final Pattern ASKING = Pattern.compile("(?iU)^(?:(how (?:much|many|long|old|big|large)|which|what"
      + "|combien(?: de)?|quels?|quelles?|konbyen|ki)(\\s+\\p{L}+){0,2}"
      + "|when|where|why|who|how come|quand|où|pourquoi|qui|kilè|kile|kote|poukisa|kiyès|kilès|kisa)$");
  /** A question word alone ("when?", "how much?"): without "and" before it, only that is a follow-up. */
  private static final Pattern BARE_ASKING = Pattern.compile("(?iU)^(?:when|where|why|who|how|how (?:much|many|long)"
      + "|how come|quand|où|pourquoi|qui|combien|kilè|kile|kote|poukisa|kiyès|konbyen)$");
  /** The question word that opens a question (with "much" or "many" after "how"). */
  private static final Pattern OPENING_QUESTION_WORD = Pattern.compile("(?iU)^(?:how (?:much|many|long|old|big|large)"
      + "|when|where|why|who|whom|whose|which|what|combien(?: de)?|quand|où|pourquoi|qui|quels?|quelles?"
      + "|konbyen|kilè|kile|kote|poukisa|kiyès|kilès|kisa|ki)\\b\\s*");
  private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november"
      + "|december|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre"
      + "|decembre|janvye|fevriye|mas|me|jen|jiyè|out|septanm|oktòb|novanm|desanm";
  private static final String SHIFTS = "now|today|currently|nowadays|later|earlier|before that|after that|then|back then"
      + "|at first|at the time|since then|maintenant|aujourd'hui|plus tard|avant|après|kounye a|pita|anvan";
  /** A time phrase: "in 2022", "in September 2025", "en juin 2024", "later", "before that". */
  private static final Pattern TIME = Pattern.compile("(?iU)^(?:(?:in|on|during|since|before|after|by|en|nan|an)\\s+"
      + "(?:(?:" + MONTHS + ")\\s+)?\\d{4}|(?:" + SHIFTS + "))$");
  /** The time phrase of a question, with the space before it. */
  private static final Pattern TIME_IN_QUESTION = Pattern.compile("(?iU)\\s+(?:(?:in|on|during|since|before|after|by"
      + "|en|nan|an)\\s+(?:(?:" + MONTHS + ")\\s+)?\\d{4}|(?:" + SHIFTS + "))\\b");
  /** A run of capitalised words: a name. */
  private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*)*");
  private static final Pattern WORD_START = Pattern.compile("\\b\\p{L}");
  private static final Pattern ARTICLE = Pattern.compile("(?iU)^(?:the|le|la|les|l')\\s*");
  /** A question's closing punctuation with the space before it ("?", " ?"). */
  private static final Pattern ENDING = Pattern.compile("\\s*[?.!]+$");
  private static final int MOST_WORDS = 5;

  private final Countries countries = Countries.get();

  /** The follow-up read against the previous question; the question itself when it is no follow-up. */
  String read(String previous, String question) {
    Matcher opening = OPENING.matcher(question);
    String fragment = opening.matches() ? opening.group(1).strip()
        : BARE_ASKING.matcher(bare(question)).matches() ? bare(question) : null;
    if (fragment == null || fragment.split("\\s+").length > MOST_WORDS) {
      return question;
    }
    String asked = previous.strip();
    Matcher closing = ENDING.matcher(asked);
    String base = closing.find() ? asked.substring(0, closing.start()) : asked;
    String ending = base.length() < asked.length() ? asked.substring(base.length()) : "?";
    if (OPENING_QUESTION_WORD.matcher(fragment).lookingAt()) {
      return ASKING.matcher(fragment).matches() ? asking(base, fragment) + ending : capitalised(fragment) + ending;
    }
    if (TIME.matcher(fragment).matches()) {
      return joined(TIME_IN_QUESTION.matcher(base).replaceAll(""), fragment) + ending;
    }
    String replaced = replaceEntity(base, fragment);
    return (replaced != null ? replaced : joined(base, fragment)) + ending;
  }

  /** The question asked with another question word: "How much has Canada pledged" + "when" is "When has Canada pledged". */
  private static String asking(String base, String asking) {
    String rest = OPENING_QUESTION_WORD.matcher(base).replaceFirst("");
    if (rest.equals(base) && !rest.isEmpty()) {
      rest = Character.toLowerCase(rest.charAt(0)) + rest.substring(1); // "Did Kenya ..." becomes "why did Kenya ..."
    }
    return capitalised(asking) + (rest.isEmpty() ? "" : " " + rest);
  }

  /**
   * The question with the fragment's name in place of the one after the same preposition ("and in
   * Montreal?" after "...in Ottawa?": the same role), else its country, nationality or person in place
   * of the one of the same kind; null when it names none.
   */
  private String replaceEntity(String base, String fragment) {
    String originalFragment = fragment;
    String named = PREPOSITION.matcher(fragment).replaceFirst("").replaceAll("(?iU)['\u2019]s$", "");
    String entity = ARTICLE.matcher(named).replaceFirst("").replaceAll("(?iU)\\s+one$", "");
    boolean article = !entity.equals(named);
    fragment = named;
    Matcher preposition = PREPOSITION.matcher(originalFragment);
    if (preposition.lookingAt() && NAME.matcher(entity).matches()) { // "and in Montreal?": the name "in" names
      Matcher same = Pattern.compile("(?U)(?i:\\b" + Pattern.quote(preposition.group().strip()) + "\\s+(?:the\\s+)?)("
          + NAME.pattern() + ")").matcher(base);
      if (same.find()) {
        return base.substring(0, same.start()) + preposition.group() + (article ? fragment : entity)
            + base.substring(same.end());
      }
    }
    if (countries.isDemonym(entity)) {
      int[] demonym = demonymIn(base);
      if (demonym != null) {
        return base.substring(0, demonym[0]) + entity + base.substring(demonym[1]);
      }
    }
    if (countries.isCountry(entity)) {
      int[] country = countryIn(base);
      if (country != null) {
        boolean hadArticle = base.substring(0, country[0]).matches("(?isU).*\\b(?:the|le|la|les)\\s+$");
        String put = article && !hadArticle ? fragment : entity;
        int start = country[0];
        if (hadArticle && !article && base.substring(0, start).matches("(?isU).*\\bthe\\s+$")) {
          start = base.substring(0, start).replaceAll("(?iU)the\\s+$", "").length(); // "the US" becomes "Canada"
        }
        return base.substring(0, start) + put + base.substring(country[1]);
      }
    }
    if (!NAME.matcher(entity).matches()) {
      return null;
    }
    int[] person = personIn(base);
    if (person == null) {
      return null;
    }
    return base.substring(0, person[0]) + (article ? fragment : entity) + base.substring(person[1]);
  }

  /** The first country named in the text (its name, alias or capital's country), as start and end. */
  private int[] countryIn(String text) {
    Matcher word = WORD_START.matcher(text);
    while (word.find()) {
      int end = countries.nameEnd(text, word.start());
      if (end > 0) {
        return new int[] {word.start(), end};
      }
    }
    return null;
  }

  /** The first nationality written in the text ("Kenyan"), as start and end. */
  private int[] demonymIn(String text) {
    Matcher name = NAME.matcher(text);
    while (name.find()) {
      if (countries.isDemonym(name.group())) {
        return new int[] {name.start(), name.end()};
      }
    }
    return null;
  }

  /**
   * The first run of capitalised words after the first word that is no country, no nationality and no
   * acronym: a person's name, as start and end.
   */
  private int[] personIn(String text) {
    Matcher name = NAME.matcher(text);
    while (name.find()) {
      String found = name.group();
      boolean acronym = found.equals(found.toUpperCase(Locale.ROOT));
      if (name.start() > 0 && !acronym && !countries.isDemonym(found) && countries.canonical(found) == null) {
        return new int[] {name.start(), name.end()};
      }
    }
    return null;
  }

  /** The two with a space between, or the second alone when the first is empty. */
  private static String joined(String first, String second) {
    return first.isBlank() ? second : first + " " + second;
  }

  private static String bare(String text) {
    return text.strip().replaceAll("[\\s?.!]+$", "");
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
