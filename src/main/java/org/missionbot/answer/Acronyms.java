package org.missionbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionbot.corpus.Passage;
import org.missionbot.index.Analysis;

/**
 * The short forms the articles define ("the Multinational Security Support (MSS) mission"), found as
 * Schwartz and Hearst's algorithm finds abbreviation definitions (A Simple Algorithm for Identifying
 * Abbreviation Definitions in Biomedical Text, PSB 2003): a short form in parentheses, and among the
 * words just before it the shortest run whose letters spell it in order, the first letter starting a
 * word; or the other way round, a short form followed by its long form in parentheses. It answers
 * "what does MSS stand for?" with the sentence that defines the short form, whatever the short form:
 * nothing here knows any one of them. Immutable.
 */
final class Acronyms {

  /**
   * One definition in one passage.
   *
   * @param shortForm the short form as the article writes it ("MSS")
   * @param longForm what it stands for, as the article writes it ("Multinational Security Support")
   * @param passage the sentence that defines it
   * @param longStart the long form's first character's offset in the passage's text (inclusive)
   * @param start the offset where the definition starts in the passage's text, long and short form
   *     together (inclusive)
   * @param end the offset after its closing parenthesis (exclusive)
   */
  record Definition(String shortForm, String longForm, Passage passage, int longStart, int start, int end) {

    /** The definition as the article writes it: "Multinational Security Support (MSS)". */
    String written() {
      return passage.text().substring(start, end);
    }

    /** Where the long form is in the passage's text. */
    Span longSpan() {
      return new Span(longStart, longStart + longForm.length());
    }
  }

  /** A parenthesis and what stands inside it (a comma or semicolon there starts a remark, cut off by {@link #definitions(Passage)}). */
  private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]{1,80})\\)");
  /** A short form: one word of two to ten characters, starting with a letter or digit. */
  private static final Pattern SHORT_FORM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.&'-]{1,9}");
  /**
   * A short form has two capitals at least: "(2024)", "(Kenya)" or "(in French)" defines nothing; so
   * "G9 (...)" with one capital and a digit is not read as one either.
   */
  private static final Pattern HAS_CAPITAL = Pattern.compile("\\p{Lu}.*\\p{Lu}");
  /** What a long form does not hold: a comma or a colon ends a dateline's place, not a name. */
  private static final Pattern NOT_IN_LONG_FORM = Pattern.compile("[,;:()\"\u201c\u201d]");
  /** A long form's first word in lower case, a stop word: "of", "the", "for". */
  private static final Pattern LEADING_SMALL_WORD = Pattern.compile("(?:of|the|for|and|on|in|to|de|des|du|la|le)\\b");
  private static final Pattern CAPITALISED_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}'-]*");
  /** The word just before a parenthesis, where a short form its parenthesis spells out stands. */
  private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}\\p{N}][\\p{L}\\p{N}&-]{1,9})\\s*$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'\u2019.&-]*");

  /**
   * The words that ask what a short form stands for: "stand(s) for", "short for", "acronym",
   * "abbreviation", "initials", "spell (it) out", "full name", "full form", "meaning of", and "mean"
   * with nothing after it but the short form, a full stop or "exactly", "please", "here" or "in full"
   * ("what does MSS mean?", and a French question read word for word: "what does mean mss please").
   */
  private static final Pattern CUE = Pattern.compile("(?i)\\b(?:stands?|standing) for\\b|\\bshort for\\b|\\bfor short\\b"
      + "|\\b(?:acronym|abbreviation|abbreviated|initials|initialism)\\b|\\bspel(?:l|led|lt|ls) (?:\\p{L}+ )?out\\b"
      + "|\\bfull (?:name|form|title)\\b|\\bmeaning of\\b"
      + "|\\b(?:mean|means|meaning|meant)\\b(?=\\s*(?:[\\p{L}\\p{N}]{2,10}\\s*)?(?:$|[?.!,;:=]|\\b(?:exactly|please|here|in full)\\b))");
  /**
   * What a short form means for someone, or to them, in the same sentence: "what does the MSS mean for
   * Haiti", "the meaning of the MSS to Haitians"; not "what does MSS mean? I'd like to know".
   */
  private static final Pattern MEANS_FOR = Pattern.compile("(?i)\\b(?:mean|means|meaning|meant)\\b[^?.!]*\\b(?:for|to)\\s+\\p{L}");
  /** The cues that ask for the letters' words whatever follows ("what does MSS stand for in Haiti"). */
  private static final Pattern LETTERS_CUE = Pattern.compile("(?i)\\b(?:stands?|standing|short) for\\b|\\bfor short\\b"
      + "|\\b(?:acronym|abbreviation|abbreviated|initials|initialism)\\b|\\bspel(?:l|led|lt|ls)\\b");
  /**
   * What may follow the short form a question asks about, besides a stop word or a mark: a cue, or a
   * word of politeness or emphasis ("what does MSS even stand for"). Any other word is a noun the short
   * form qualifies, and what is asked is about that ("the full name of the HNP chief", "what does the MSS
   * deployment mean?").
   */
  private static final Set<String> AFTER_SHORT_FORM = Set.of("stand", "stands", "standing", "short",
      "acronym", "abbreviation", "abbreviated", "initials", "mean", "means", "meaning", "meant", "spell", "spelled",
      "spelt", "full", "please", "pls", "plz", "exactly", "even", "actually", "really", "again", "officially", "literally",
      "la", "svp");
  /** How many words may stand between a short form and the cue that asks what it stands for. */
  private static final int CUE_WINDOW = 4;

  private final Map<String, List<Definition>> byShortForm;

  private Acronyms(Map<String, List<Definition>> byShortForm) {
    this.byShortForm = byShortForm;
  }

  /** The short forms these passages define, each with every passage that defines it, in passage order. */
  static Acronyms of(List<Passage> passages) {
    Map<String, List<Definition>> found = new LinkedHashMap<>();
    for (Passage passage : passages) {
      for (Definition d : definitions(passage)) {
        found.computeIfAbsent(key(d.shortForm()), k -> new ArrayList<>()).add(d);
      }
    }
    found.replaceAll((k, v) -> List.copyOf(v));
    return new Acronyms(Map.copyOf(found));
  }

  /** Every passage that defines this short form, in any case ("hnp" is "HNP"); empty when none does. */
  List<Definition> definitions(String shortForm) {
    return byShortForm.getOrDefault(key(shortForm), List.of());
  }

  /**
   * The short form a question asks the meaning of, as the question writes it, when the articles define
   * it and the question asks what it stands for ("what does MSS stand for", "mss stands for what", "what
   * is the full name behind the MSS acronym"); null otherwise. A word in lower case counts only when
   * it is no stop word ("us" is not "US").
   */
  String askedOf(String question) {
    List<int[]> cues = cues(question);
    if (cues.isEmpty()) {
      return null;
    }
    List<int[]> words = spans(WORD, question);
    for (int i = 0; i < words.size(); i++) {
      String w = question.substring(words.get(i)[0], words.get(i)[1]).replaceAll("[.'\u2019]+$", "");
      if (definitions(w).isEmpty() || w.equals(w.toLowerCase(Locale.ROOT)) && Analysis.isStopWord(w)
          || qualifies(question, words, i)) {
        continue;
      }
      for (int[] c : cues) {
        int first = wordAt(words, c[0]);
        int last = wordAt(words, c[1] - 1);
        int distance = i < first ? first - i : i > last ? i - last : 0;
        if (distance <= CUE_WINDOW && (i < first || i > last)) {
          return w;
        }
      }
    }
    return null;
  }

  /**
   * Whether a question may ask what a short form stands for, whichever: it holds a cue ("stand for",
   * "acronym", ...) and does not ask what something means for someone. Most questions end here, before
   * any article is read for its short forms.
   */
  static boolean mayAsk(String question) {
    return !cues(question).isEmpty();
  }

  /** Where the question's cues are, as start and end; none when it asks what something means for someone. */
  private static List<int[]> cues(String question) {
    if (MEANS_FOR.matcher(question).find() && !LETTERS_CUE.matcher(question).find()) {
      return List.of(); // "what does the MSS mean for Haiti" asks what follows from it
    }
    return spans(CUE, question);
  }

  /** Where a pattern matches in a text, as start and end. */
  private static List<int[]> spans(Pattern pattern, String text) {
    return pattern.matcher(text).results().map(r -> new int[] {r.start(), r.end()}).toList();
  }

  /** Whether the word after the short form is a noun it qualifies ("the HNP chief"), so that the question is about that. */
  private static boolean qualifies(String question, List<int[]> words, int at) {
    if (at + 1 >= words.size()) {
      return false;
    }
    String between = question.substring(words.get(at)[1], words.get(at + 1)[0]);
    String next = question.substring(words.get(at + 1)[0], words.get(at + 1)[1]).toLowerCase(Locale.ROOT);
    return between.isBlank() && !Analysis.isStopWord(next) && !AFTER_SHORT_FORM.contains(next)
        && !next.chars().allMatch(Character::isDigit);
  }

  /** The index of the word that holds this offset (or the nearest before it). */
  private static int wordAt(List<int[]> words, int offset) {
    int at = 0;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i)[0] <= offset) {
        at = i;
      }
    }
    return at;
  }

  /** The definitions one passage holds. */
  static List<Definition> definitions(Passage passage) {
    String text = passage.text();
    List<Definition> out = new ArrayList<>();
    Matcher parenthesis = PARENTHESIS.matcher(text);
    while (parenthesis.find()) {
      String inside = parenthesis.group(1).split("[,;]", 2)[0].strip();
      int insideStart = text.indexOf(inside, parenthesis.start(1));
      if (SHORT_FORM.matcher(inside).matches() && HAS_CAPITAL.matcher(inside).find()) {
        Definition d = longFormBefore(passage, text, inside, insideStart, parenthesis.start(), parenthesis.end());
        if (d != null) {
          out.add(d);
          continue;
        }
      }
      Definition d = shortFormBefore(passage, text, inside, insideStart, parenthesis.start(), parenthesis.end());
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  /** "Haitian National Police (HNP)": the long form among the words before the parenthesis, or null. */
  private static Definition longFormBefore(Passage passage, String text, String shortForm, int shortStart, int open,
                                           int close) {
    int letters = (int) shortForm.chars().filter(Character::isLetterOrDigit).count();
    int most = Math.min(letters + 5, 2 * letters);
    List<int[]> before = spans(WORD, text.substring(0, open));
    if (before.isEmpty()) {
      return null;
    }
    int from = before.get(Math.max(0, before.size() - most))[0];
    int end = before.get(before.size() - 1)[1];
    String window = text.substring(from, end);
    if (window.matches("(?s).*[.;:!?\u2014\u2013]\\s.*")) {
      window = window.replaceAll("(?s)^.*[.;:!?\u2014\u2013]\\s+", ""); // not across a sentence's or clause's end
      from = end - window.length();
    }
    int start = bestLongForm(shortForm, window);
    if (start < 0) {
      return null;
    }
    String longForm = window.substring(start);
    if (longForm.length() <= shortForm.length() || longForm.toLowerCase(Locale.ROOT).contains(shortForm.toLowerCase(Locale.ROOT))
        || longForm.split("\\s+").length < 2 || !Character.isLetter(longForm.charAt(0))
        || NOT_IN_LONG_FORM.matcher(longForm).find() || longForm.equals(longForm.toUpperCase(Locale.ROOT))) {
      return null;
    }
    return new Definition(shortForm, longForm, passage, from + start, from + start, close);
  }

  /** "MINUSTAH (United Nations Stabilization Mission in Haiti)": the short form just before the parenthesis, or null. */
  private static Definition shortFormBefore(Passage passage, String text, String inside, int insideStart, int open,
                                            int close) {
    Matcher last = LAST_WORD.matcher(text.substring(0, open));
    if (!last.find() || inside.split("\\s+").length < 2) {
      return null;
    }
    String shortForm = last.group(1);
    if (!shortForm.equals(shortForm.toUpperCase(Locale.ROOT)) || !HAS_CAPITAL.matcher(shortForm).find()) {
      return null; // a word before a parenthesis is a short form only when written as one
    }
    int start = bestLongForm(shortForm, inside);
    if (start != 0 || NOT_IN_LONG_FORM.matcher(inside).find()) {
      return null; // the whole parenthesis must spell it, from its first word
    }
    return new Definition(shortForm, inside, passage, insideStart, last.start(1), close);
  }

  /**
   * Schwartz and Hearst's match: the offset in {@code longForm} of the shortest ending that spells the
   * short form's letters and digits in order, from its end, the first one starting a word; -1 when none
   * does.
   */
  static int bestLongForm(String shortForm, String longForm) {
    int sIndex = shortForm.length() - 1;
    int lIndex = longForm.length() - 1;
    for (; sIndex >= 0; sIndex--) {
      char c = Character.toLowerCase(shortForm.charAt(sIndex)); // char by char: "İ" lowers to two chars in a String
      if (!Character.isLetterOrDigit(c)) {
        continue;
      }
      while (lIndex >= 0 && (Character.toLowerCase(longForm.charAt(lIndex)) != c
          || sIndex == 0 && lIndex > 0 && Character.isLetterOrDigit(longForm.charAt(lIndex - 1)))) {
        lIndex--;
      }
      if (lIndex < 0) {
        return -1;
      }
      lIndex--;
    }
    int start = longForm.lastIndexOf(' ', lIndex) + 1;
    Matcher lead = LEADING_SMALL_WORD.matcher(longForm.substring(start));
    if (lead.lookingAt()) {
      // "Organization of American States (OAS)": the match starts on "of"; the long form starts at the
      // capitalised word before it with the same initial, or there is none
      char initial = Character.toLowerCase(longForm.charAt(start));
      Matcher word = CAPITALISED_WORD.matcher(longForm.substring(0, start));
      int found = -1;
      while (word.find()) {
        if (Character.toLowerCase(word.group().charAt(0)) == initial) {
          found = word.start();
        }
      }
      return found;
    }
    return start;
  }

  private static String key(String shortForm) {
    return shortForm.replace(".", "").toUpperCase(Locale.ROOT);
  }
}
