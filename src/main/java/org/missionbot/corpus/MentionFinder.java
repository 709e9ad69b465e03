package org.missionbot.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.missionbot.corpus.Mention.Kind;

/**
 * Finds the mentions in a passage's text with patterns that suit news English. Amounts, shares and
 * counts keep their qualifier ("over $123 million", "about two-thirds", "up to 1,000"), because the
 * qualifier is part of the fact.
 */
public final class MentionFinder {

  /** The words that qualify a figure just before it ("over", "up to"), as an alternation for patterns. */
  public static final String QUALIFIERS = "about|approximately|around|roughly|nearly|almost"
      + "|over|more than|less than|fewer than|up to|only|some|at least|just|an estimated";
  /** A qualifier just before a figure, which belongs to it. */
  private static final Pattern QUALIFIER = Pattern.compile("(?i)(?:" + QUALIFIERS + ")\\s+$");
  /** A number as the articles write it ("1,000", "80.5"), as an alternation for patterns. */
  public static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
  /** The currency codes that may stand before a dollar sign ("US$", "CAD $"), as an alternation for patterns. */
  public static final String CURRENCY = "US|CA|C|CAN|USD|CAD";
  private static final String SCALE = "(?:\\s?(?:million|billion|trillion|thousand|bn|m)\\b)?";
  private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
      + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
  private static final String NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'\u2019-]+";
  private static final String NICKNAME = "[\"\u201c]\\p{Lu}[\\p{L}\\s-]*[\"\u201d]";

  private static final Pattern MONEY = Pattern.compile("(?i)"
      + "(?:(?:(?:" + CURRENCY + ")\\s?)?[$€£]\\s?(?:" + NUMBER + ")" + SCALE
      + "|(?:" + NUMBER + ")\\s?(?:million|billion)\\s+(?:US |Canadian |American )?(?:dollars|euros|pounds))");
  private static final Pattern SHARE = Pattern.compile("(?i)"
      + "(?:(?:" + NUMBER + ")\\s?(?:%|percent\\b|per cent\\b)"
      + "|\\b(?:one|two|three|four)[- ](?:thirds?|quarters?|fifths?)\\b|\\b(?:half|majority)\\b"
      + "|\\b" + Mention.VAGUE_SHARE + "\\b)");
  private static final Pattern DATE = Pattern.compile("(?:\\b(?:early|mid|late)[- ])?\\b"
      + "(?:" + MONTH + "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+(?:19|20)\\d{2})?"
      + "|" + WEEKDAY + "(?:,\\s+" + MONTH + "\\s+\\d{1,2}(?:,\\s+(?:19|20)\\d{2})?)?"
      + "|(?:19|20)\\d{2})\\b");
  private static final Pattern COUNT = Pattern.compile("(?i)"
      + "(?:\\b(?:" + NUMBER + ")\\b(?!\\s?%|-(?:year|month|week|day|hour|minute)s?\\b)" + SCALE
      + "|\\b(?:dozens|hundreds|thousands|millions)(?: of thousands)?\\b|\\b" + Mention.VAGUE_COUNT + "\\b)");
  /**
   * "a 13-year mission", "a two-day trip", "12 months", "a few weeks", "for a year", "within a week":
   * how long something lasts; not "a year after" nor "twice a year".
   */
  private static final Pattern DURATION = Pattern.compile("(?i)\\b(?:" + NUMBER + "|a few|several"
      + "|(?<!\\b(?:once|twice|times|per) )an?(?=[- ](?:year|month|week|day|hour|decade)s?\\b"
      + "(?!\\s+(?:after|later|earlier|before|since)\\b))|one|two|three|four|five|six"
      + "|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|eighteen|twenty|thirty|forty|fifty|sixty|ninety)"
      + "[- ](?:year|month|week|day|hour|decade)s?(?:[- ]long)?\\b(?!\\s+(?:ago|old)\\b)");
  /**
   * A named place: capitalised words after a preposition of place ("in Port-au-Prince", "at the UN
   * General Assembly in New York", "from Kenya"); a month or a weekday there is a date, not a place.
   */
  private static final Pattern PLACE = Pattern.compile("(?i:\\b(?:in|at|near|outside|inside|across|from|into|throughout))\\s+"
      + "(?!(?:" + MONTH + "|" + WEEKDAY + ")\\b)(\\p{Lu}[\\p{L}\\p{M}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'\u2019.-]*){0,3})");
  /** The prepositions that open a setting. */
  private static final String SETTING_PREPOSITIONS = "in|at|inside|outside|near|throughout|across|within|from|into";
  /**
   * A setting told in common words: a preposition, at most three words, and a noun that names where
   * ("in his own bedroom", "at an event", "in areas controlled by armed gangs", "on social media").
   */
  private static final Pattern SETTING = setting(settingNouns());
  /** A country after a preposition and "the": "from the United States", "in the Bahamas". */
  private static final Pattern THE_AFTER_PLACE_PREPOSITION =
      Pattern.compile("(?i)\\b(?:" + SETTING_PREPOSITIONS + ")\\s+the\\s+$");
  /** Where words were said or posted: "Ruto said on X", "posted on Facebook" (not "said on Tuesday"). */
  private static final Pattern SAID_ON = Pattern.compile("\\b(?:said|says|posted|posts|wrote|writes|tweeted|announced"
      + "|stated|declared|shared)\\s+on\\s+(?!(?:" + MONTH + "|" + WEEKDAY + ")\\b)(\\p{Lu}[\\p{L}.]*)");
  private static final Pattern PERSON = Pattern.compile(
      "\\b" + NAME_WORD + "(?:\\s+(?:" + NICKNAME + "|" + NAME_WORD + ")){1,5}");
  /** "in New York", "at Harvard Law": a capitalised name after these is a place. */
  private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)\\b(?:in|at|from|near|across)\\s+$");
  private static final Pattern WORD = Pattern.compile("\\S+");
  /** One or two capitalised words, or a dotted acronym ("U.S."): where a country's name may begin. */
  private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}(?:\\p{L}+(?:\\s\\p{Lu}\\p{L}+)?|\\.)");
  private static final Pattern REASON = Pattern.compile("(?i)\\b(?:because|due to|owing to|as a result|reflects?"
      + "|given that|in order to|so that|rather than|instead|reluctan\\w*|concerns? over"
      + "|aim(?:s|ed)? (?:at|to)|purpose|goal|thanks to|led to|leading to|caused?|since|(?:is|are|was|were) to \\w+)\\b");
  /** The verbs a sentence reports words said with. */
  private static final String REPORTED = "said|says|told|stated|added|noted"
      + "|argued|warned|acknowledged|explained|announced|revealed|vowed|criticised|criticized";
  private static final Pattern SPEECH = Pattern.compile("[\u201c\"]|\\b(?:" + REPORTED + "|statement)\\b");
  /**
   * A verb a question may ask who used to report words: the sentence's reporting verbs, and those a
   * reader uses of a quote ("who called the gangs proxies?", "who described ...", "who claimed ...").
   */
  private static final Pattern SPEECH_VERB = Pattern.compile("(?i)(?:" + REPORTED
      + "|call(?:s|ed)?|describe[sd]?|claim(?:s|ed)?|insist(?:s|ed)?|wrote|writes|tweeted|posted)");

  /** Whether a word is a verb that reports words said ("said", "called", "warned"). */
  public static boolean isSpeechVerb(String word) {
    return SPEECH_VERB.matcher(word).matches();
  }

  /** Words that make a capitalized run an organisation, a place or a title rather than a person. */
  private static final Set<String> NOT_PERSON = Set.copyOf(List.of(
      "united", "states", "nations", "national", "police", "council", "security", "support", "general",
      "assembly", "armed", "forces", "community", "market", "caribbean", "school", "clinic", "group", "news",
      "rights", "human", "international", "transitional", "presidential", "multinational", "mission",
      "minister", "prime", "president", "secretary", "state", "foreign", "ambassador", "government",
      "republic", "party", "department", "ministry", "university", "bank", "army", "force", "court",
      "union", "summit", "the", "and", "of", "in", "on", "for", "to", "a", "an", "while", "but", "as",
      // regions and bodies, which stand before a title as nationalities do (those are in countries.tsv)
      "african", "european", "us", "un"));
  private static final Countries COUNTRIES = Countries.get();
  private static final CountryNames COUNTRY_NAMES = CountryNames.get();
  /** A possessive ending: "Biden's", "Kenya\u2019s". */
  private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|\u2019s)$");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}]+$");
  private static final Pattern MONTH_OR_WEEKDAY = Pattern.compile(MONTH + "|" + WEEKDAY);
  /**
   * Capitalised words in a row, maybe joined by "of", "the", "for", "and" ("Toussaint Louverture
   * International Airport", "Organization of American States"), or an acronym ("CARICOM").
   */
  private static final Pattern NAME_RUN = Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{M}\\d'\u2019&-]*"
      + "(?:\\s+(?:(?:of|the|for|and|de|du|des|la)\\s+)*\\p{Lu}[\\p{L}\\p{M}\\d'\u2019&-]*)*");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}\\d*");
  /**
   * What may open a sentence or stand before a name with a capital though no name ("In April", "The
   * UN Security Council"), and the words of a title, which name an office, not a body ("Prime Minister").
   */
  private static final Set<String> NOT_NAME = Set.copyOf(List.of(
      "the", "a", "an", "in", "on", "at", "for", "but", "and", "as", "while", "since", "after", "before",
      "during", "from", "to", "with", "by", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i",
      "his", "her", "their", "its", "our", "if", "when", "where", "what", "who", "how", "why", "there", "here",
      "prime", "minister", "president", "secretary", "state", "foreign", "ambassador", "deputy", "chief", "vice",
      "mr", "mrs", "ms", "dr", "of"));

  private MentionFinder() {}

  /** Returns the passage's mentions, ordered by start; spans of MONEY, SHARE, DATE, DURATION and COUNT never overlap. */
  public static List<Mention> find(String text) {
    List<Mention> found = new ArrayList<>();
    addAll(found, Kind.MONEY, MONEY, text);
    addAll(found, Kind.SHARE, SHARE, text);
    addAll(found, Kind.DATE, DATE, text);
    addAll(found, Kind.DURATION, DURATION, text);
    addAll(found, Kind.COUNT, COUNT, text);
    addPeople(found, text);
    addCountries(found, text);
    addPlaces(found, text);
    addSettings(found, text);
    addNames(found, text);
    addCues(found, Kind.REASON, REASON, text);
    addCues(found, Kind.SPEECH, SPEECH, text);
    found.sort(Comparator.comparingInt(Mention::start).thenComparing(Mention::kind));
    return found;
  }

  private static void addAll(List<Mention> found, Kind kind, Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      if (m.end() > m.start() && !overlapsQuantity(found, m.start(), m.end())) {
        int start = kind == Kind.DATE ? m.start() : withQualifier(text, m.start());
        found.add(new Mention(kind, start, m.end()));
      }
    }
  }

  /** Moves a figure's start back over a qualifier that stands just before it. */
  private static int withQualifier(String text, int start) {
    Matcher q = QUALIFIER.matcher(text).region(Math.max(0, start - 16), start);
    q.useTransparentBounds(true);
    return q.find() && (q.start() == 0 || !Character.isLetter(text.charAt(q.start() - 1))) ? q.start() : start;
  }

  private static boolean overlapsQuantity(List<Mention> found, int start, int end) {
    return found.stream().anyMatch(f -> f.start() < end && start < f.end());
  }

  /** Adds runs of capitalised words that name a person, after any title ("Prime Minister Justin Trudeau"). */
  private static void addPeople(List<Mention> found, String text) {
    Matcher m = PERSON.matcher(text);
    while (m.find()) {
      int start = m.start();
      Matcher word = WORD.matcher(m.group());
      while (word.find() && (isTitleWord(word.group()) || COUNTRIES.isCountry(word.group()))) { // "Bahamas Prime Minister"
        start = m.start() + word.end();
      }
      while (start < m.end() && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      String name = text.substring(start, m.end());
      if (start > 0 && isName(name) && !PLACE_BEFORE.matcher(text).region(Math.max(0, start - 6), start).find()) {
        found.add(new Mention(Kind.PERSON, start, m.end()));
      }
    }
  }

  /** Whether a word is a title's, an organisation's or a nationality's ("Prime", "Council", "Canadian"). */
  private static boolean isTitleWord(String word) {
    return NOT_PERSON.contains(word.toLowerCase(Locale.ROOT)) || COUNTRIES.isDemonym(word);
  }

  private static boolean isName(String run) {
    String[] words = run.split("[\\s\u201c\u201d\"]+");
    boolean named = words.length >= 2;
    for (String word : words) {
      named &= !isTitleWord(word) && !COUNTRIES.isCountry(word);
    }
    return named;
  }

  /**
   * Adds the country names and aliases that begin a run of capitalised words: "Kenya" in "Kenya
   * President", "Papua New Guinea" whole, but not "Jersey" in "New Jersey".
   */
  private static void addCountries(List<Mention> found, String text) {
    Matcher run = CAPITALISED.matcher(text);
    int from = 0;
    while (from < text.length() && run.find(from)) {
      int end = COUNTRY_NAMES.nameEnd(text, run.start());
      if (end > 0) {
        found.add(new Mention(Kind.COUNTRY, run.start(), end));
      }
      from = Math.max(end, run.end());
    }
  }

  private static void addPlaces(List<Mention> found, String text) {
    Matcher m = PLACE.matcher(text);
    while (m.find()) {
      String place = m.group(1).replaceAll("[.'\u2019]+$", "");
      if (!place.isEmpty()) {
        found.add(new Mention(Kind.PLACE, m.start(1), m.start(1) + place.length()));
      }
    }
  }

  /**
   * Adds the settings told in common words, a country after "from the" and where words were said; a
   * setting never answers as a lead's place, only says that a passage tells where.
   */
  private static void addSettings(List<Mention> found, String text) {
    Matcher m = SETTING.matcher(text);
    while (m.find()) {
      int group = m.start(1) >= 0 ? 1 : 2;
      found.add(new Mention(Kind.SETTING, m.start(group), m.end(group)));
    }
    List<Mention> countries = found.stream().filter(c -> c.kind() == Kind.COUNTRY).toList();
    for (Mention country : countries) {
      if (THE_AFTER_PLACE_PREPOSITION.matcher(text).region(Math.max(0, country.start() - 20), country.start()).find()) {
        found.add(new Mention(Kind.SETTING, country.start(), country.end()));
      }
    }
    Matcher said = SAID_ON.matcher(text);
    while (said.find()) {
      int end = said.group(1).endsWith(".") ? said.end(1) - 1 : said.end(1); // "on X.": the full stop ends the sentence
      found.add(new Mention(Kind.SETTING, said.start(1), end));
    }
  }

  /** The setting pattern over the listed nouns, each a noun and whether "on" opens it too. */
  private static Pattern setting(List<String[]> nouns) {
    return Pattern.compile("(?i)\\b(?:(?:" + SETTING_PREPOSITIONS + ")\\s+"
        + "((?:[\\p{L}'\u2019-]+\\s+){0,3}?(?:" + alternation(nouns, false) + ")(?:e?s)?)"
        + "|on\\s+((?:[\\p{L}'\u2019-]+\\s+){0,3}?(?:" + alternation(nouns, true) + ")(?:e?s)?))\\b");
  }

  /**
   * The nouns as an alternation, longest first, a space matching any run of spaces: all of them, or
   * only those marked as opening a setting after "on".
   */
  private static String alternation(List<String[]> nouns, boolean afterOn) {
    return nouns.stream().filter(n -> !afterOn || n.length > 1 && n[1].equals("on")).map(n -> n[0])
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
  }

  /** The lines of setting-nouns.txt, split at their tab: the noun, and "on" when that opens it too. */
  private static List<String[]> settingNouns() {
    try (InputStream in = MentionFinder.class.getResourceAsStream("setting-nouns.txt")) {
      if (in == null) {
        throw new IllegalStateException("setting-nouns.txt is missing beside " + MentionFinder.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read setting-nouns.txt", e);
    }
  }

  /**
   * Adds the names of bodies and things: a run of two capitalised words or more, or an acronym, that
   * is no person's, country's or place's name, after the words that open a sentence, a month or a
   * weekday, and a title are set aside ("In April", "Prime Minister").
   */
  private static void addNames(List<Mention> found, String text) {
    Matcher run = NAME_RUN.matcher(text);
    while (run.find()) {
      List<int[]> words = new ArrayList<>();
      Matcher word = WORD.matcher(run.group());
      while (word.find()) {
        words.add(new int[] {run.start() + word.start(), run.start() + word.end()});
      }
      int first = 0;
      while (first < words.size() && skipped(text.substring(words.get(first)[0], words.get(first)[1]))) {
        first++;
      }
      int last = words.size() - 1;
      while (last >= first && skipped(text.substring(words.get(last)[0], words.get(last)[1]))) {
        last--;
      }
      if (first > last) {
        continue;
      }
      int start = words.get(first)[0];
      int end = words.get(last)[1];
      while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
        end--;
      }
      String name = text.substring(start, end);
      boolean acronym = first == last && ACRONYM.matcher(name).matches();
      if ((last > first || acronym) && !COUNTRIES.isCountry(name) && !namedAlready(found, start, end)) {
        found.add(new Mention(Kind.NAME, start, end));
      }
    }
  }

  /** Whether a word opens a sentence or a title rather than a name, or is a month or a weekday. */
  private static boolean skipped(String word) {
    String bare = withoutPossessive(TRAILING_PUNCTUATION.matcher(word).replaceAll(""));
    return NOT_NAME.contains(bare.toLowerCase(Locale.ROOT)) || MONTH_OR_WEEKDAY.matcher(bare).matches();
  }

  /** A name without the possessive its sentence gave it ("Joe Biden's administration": "Joe Biden"). */
  public static String withoutPossessive(String name) {
    return POSSESSIVE.matcher(name).replaceAll("");
  }

  /** Whether a person, a country or a place is named within the span, which is then theirs. */
  private static boolean namedAlready(List<Mention> found, int start, int end) {
    return found.stream().anyMatch(m -> (m.kind() == Kind.PERSON || m.kind() == Kind.COUNTRY || m.kind() == Kind.PLACE)
        && m.start() < end && start < m.end() && (m.kind() == Kind.PERSON || m.end() - m.start() >= end - start));
  }

  private static void addCues(List<Mention> found, Kind kind, Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(new Mention(kind, m.start(), m.end()));
    }
  }
}
