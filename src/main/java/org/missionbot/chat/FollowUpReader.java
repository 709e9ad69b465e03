package org.missionbot.chat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionbot.corpus.Countries;
import org.missionbot.corpus.CountryNames;

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
  /** A question of its own up to this long may still lean on the one before through a pronoun. */
  private static final int PRONOUN_WORDS = 8;
  /** A third-person pronoun, which may stand for the previous question's person, thing or group. */
  private static final Pattern PRONOUN = Pattern.compile("(?iU)\\b(he|she|him|his|her|it|its|they|them|their)\\b");
  /** "Is it true that", "it is", "it's": an "it" that stands for nothing. */
  private static final Pattern EXPLETIVE = Pattern.compile("(?iU)\\b(?:(?:is|was) it (?:true|possible|likely|clear|right|fair)"
      + "|it (?:is|was|seems)|it['\u2019]s)\\b");
  /** Words that carry no subject: question words, auxiliaries, articles, prepositions, conjunctions. */
  private static final Pattern FUNCTION_WORD = Pattern.compile("(?U)(?:what|who|whom|whose|which|when|where|why|how|much"
      + "|many|long|do|does|did|is|are|was|were|be|been|has|have|had|will|would|can|could|should|shall|may|might|must"
      + "|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|won't|can't|the|a|an|and|or|but|so|then|of"
      + "|to|in|on|at|for|from|with|about|by|as|that|this|these|those|there|ok|okay|also|else|exactly|really"
      + "|qu'est-ce|que|qui|quand|où|pourquoi|comment|combien|est-ce|le|la|les|de|du|des|et|ki|kisa|kilè|kote"
      + "|poukisa|kiyès|konbyen|te|ap|yo|nan|pou|e|epi)");
  /** Words that end a possessive's reach: after them "her" is "to her", not "her gang". */
  private static final Pattern NOT_A_NOUN = Pattern.compile("(?iU)^(?:about|to|for|in|on|at|with|from|that|and|or|if"
      + "|when|after|before|by|as|than)$");
  /** Nouns an "it" may stand for after "the": "the mission", "the force". */
  private static final String THINGS = "mission|force|council|government|deployment|operation|pledge|plan|contingent"
      + "|agency|summit|fund|funding|aid|vote|resolution|report|budget|police";
  private static final Pattern NAMED_THING = Pattern.compile("(?U)\\bthe\\s+(?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+)*"
      + "\\p{Lu}[\\p{L}.\u2019-]*(?:\\s+(?:" + THINGS + ")\\b)?");
  private static final Pattern COMMON_THING = Pattern.compile("(?iU)\\bthe\\s+(?:" + THINGS + ")\\b");
  private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{2,}\\b");
  private static final Pattern HOW_MANY = Pattern.compile("(?iU)\\bhow many\\s+");
  private static final Pattern THE_GROUP = Pattern.compile("(?iU)\\bthe\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}+");

  private final Countries countries = Countries.get();

  /** The follow-up read against the previous question; the question itself when it is no follow-up. */
  String read(String previous, String question) {
    String asked = previous.strip();
    Matcher closing = ENDING.matcher(asked);
    String base = closing.find() ? asked.substring(0, closing.start()) : asked;
    String ending = base.length() < asked.length() ? asked.substring(base.length()) : "?";
    Matcher opening = OPENING.matcher(question);
    String fragment = opening.matches() ? opening.group(1).strip()
        : BARE_ASKING.matcher(bare(question)).matches() ? bare(question) : null;
    if (fragment == null || fragment.split("\\s+").length > MOST_WORDS) {
      // a question of its own, unless a short one leans on the previous one through a pronoun
      String resolved = fragment == null && question.strip().split("\\s+").length <= PRONOUN_WORDS
          ? pronouns(base, question.strip()) : null;
      return resolved != null ? capitalised(resolved) : question;
    }
    if (OPENING_QUESTION_WORD.matcher(fragment).lookingAt()) {
      if (ASKING.matcher(fragment).matches()) {
        return asking(base, fragment) + ending;
      }
      List<String> words = List.of(fragment.split("\\s+"));
      for (int i = 1; i < words.size(); i++) { // "how much in June 2024": what is asked, and when
        String head = String.join(" ", words.subList(0, i));
        String tail = String.join(" ", words.subList(i, words.size()));
        if (ASKING.matcher(head).matches() && TIME.matcher(tail).matches()) {
          return joined(TIME_IN_QUESTION.matcher(asking(base, head)).replaceAll(""), tail) + ending;
        }
      }
      String resolved = pronouns(base, fragment);
      return capitalised(resolved != null ? resolved : fragment) + ending;
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
    String named = PREPOSITION.matcher(fragment).replaceFirst("").replaceAll("(?iU)['\u2019]s$", "");
    String entity = ARTICLE.matcher(named).replaceFirst("").replaceAll("(?iU)\\s+one$", "");
    boolean article = !entity.equals(named);
    Matcher preposition = PREPOSITION.matcher(fragment);
    if (preposition.lookingAt() && NAME.matcher(entity).matches()) { // "and in Montreal?": the name "in" names
      Matcher same = Pattern.compile("(?U)(?i:\\b" + Pattern.quote(preposition.group().strip()) + "\\s+(?:the\\s+)?)("
          + NAME.pattern() + ")").matcher(base);
      if (same.find()) {
        return base.substring(0, same.start()) + preposition.group() + (article ? named : entity)
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
        String put = article && !hadArticle ? named : entity;
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
    return base.substring(0, person[0]) + (article ? named : entity) + base.substring(person[1]);
  }

  /** The first country named in the text (its name, alias or capital's country), as start and end. */
  private int[] countryIn(String text) {
    Matcher word = WORD_START.matcher(text);
    while (word.find()) {
      int end = CountryNames.get().nameEnd(text, word.start());
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

  /**
   * The text with each third-person pronoun replaced by what it stands for in the previous question:
   * "he", "she", "his", "her" by its person; "it", "its" by its named thing ("the MSS mission"), else a
   * thing of the mission's kind ("the mission"), else its country; "they", "them", "their" by the group
   * it counts ("how many Kenyan police officers") or names ("the first Kenyan officers"). Only a pronoun
   * with at most one word of substance before it ("what does she say", "who funds it") leans on the
   * previous question; after more ("Why isn't Canada sending its own troops?", "Did Ruto say he…") it
   * stands for something of its own question and is left. Null when no pronoun could be read so.
   */
  private String pronouns(String base, String text) {
    boolean expletive = EXPLETIVE.matcher(text).find();
    Matcher pronoun = PRONOUN.matcher(text);
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    while (pronoun.find()) {
      String word = pronoun.group(1).toLowerCase(Locale.ROOT);
      String after = text.substring(pronoun.end()).strip();
      String next = after.isEmpty() ? "" : after.split("[\\s?.!,]+", 2)[0];
      boolean possessive = word.equals("his") || word.equals("its") || word.equals("their")
          || word.equals("her") && !next.isEmpty() && !NOT_A_NOUN.matcher(next).matches();
      String before = text.substring(0, pronoun.start());
      String referent = contentWords(before) >= 2 ? null // the question has a subject of its own before it
          : switch (word) {
            case "he", "she", "him", "his", "her" -> personName(base);
            case "it", "its" -> expletive || thing(before) != null ? null : thing(base);
            default -> group(base);
          };
      if (referent == null) {
        continue;
      }
      if (possessive) {
        referent = referent.endsWith("s") && !word.equals("his") && !word.equals("her") && !word.equals("its")
            ? referent + "'" : referent + "'s";
      }
      if (pronoun.start() == 0) {
        referent = capitalised(referent);
      }
      pronoun.appendReplacement(out, Matcher.quoteReplacement(referent));
      changed = true;
    }
    pronoun.appendTail(out);
    return changed ? out.toString() : null;
  }

  /** How many words of the text are more than question words, auxiliaries, articles and prepositions. */
  private static int contentWords(String text) {
    int count = 0;
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}'\u2019]+")) {
      if (!word.isEmpty() && !FUNCTION_WORD.matcher(word).matches()) {
        count++;
      }
    }
    return count;
  }

  /** The person the text names (not a country, a nationality or an acronym), or null. */
  private String personName(String text) {
    int[] person = personIn(text);
    if (person == null) {
      return null;
    }
    String name = text.substring(person[0], person[1]).replaceAll("['\u2019]s$", "");
    return countries.canonical(name) != null ? null : name;
  }

  /** The thing the text names for an "it": "the MSS mission", "the MSS", "the mission", "MSS", a country. */
  private String thing(String text) {
    Matcher named = NAMED_THING.matcher(text);
    if (named.find()) {
      return named.group();
    }
    Matcher acronym = ACRONYM.matcher(text);
    while (acronym.find()) {
      if (countries.canonical(acronym.group()) == null) {
        return acronym.group();
      }
    }
    Matcher common = COMMON_THING.matcher(text);
    if (common.find()) {
      return common.group().toLowerCase(Locale.ROOT);
    }
    int[] country = countryIn(text);
    return country == null ? null : text.substring(country[0], country[1]);
  }

  /** The group the text counts ("how many Kenyan police officers") or names ("the first Kenyan officers"), or null. */
  private static String group(String text) {
    Matcher howMany = HOW_MANY.matcher(text);
    if (howMany.find()) {
      String[] words = text.substring(howMany.end()).split("\\s+");
      int end = -1;
      for (int i = 0; i < words.length && i < 5; i++) {
        if (plural(words[i])) {
          end = i;
        } else if (end >= 0) {
          break;
        }
      }
      return end < 0 ? null : "the " + String.join(" ", List.of(words).subList(0, end + 1));
    }
    Matcher named = THE_GROUP.matcher(text);
    while (named.find()) {
      String[] words = named.group().split("\\s+");
      if (plural(words[words.length - 1])) {
        return named.group();
      }
    }
    return null;
  }

  private static boolean plural(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.matches("people|police|children|men|women|troops|staff|personnel")
        || w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("'s") && w.matches("\\p{L}+");
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
