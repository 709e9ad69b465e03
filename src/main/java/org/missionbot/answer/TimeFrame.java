package org.missionbot.answer;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionbot.search.Hit;
import org.missionbot.search.QuestionWords;

/**
 * When a question is about: now ("latest", "currently", "still"), a stretch of time ("in September
 * 2025", "in 2022", "between March and June 2024", "since 2023"), or a change over time ("how has the
 * pledge changed"). Every passage knows its article's date, so hits can be kept to the stretch asked
 * about and the newest put first.
 *
 * @param from the first day of the stretch asked about, or null when it has no start (or none is asked)
 * @param to the last day of that stretch, or null when it has no end (or none is asked)
 * @param latest whether the question asks about the present, which the newest article answers best
 * @param overTime whether it asks how something changed, which the figures over time answer, newest first
 */
record TimeFrame(LocalDate from, LocalDate to, boolean latest, boolean overTime) {

  private static final Pattern LATEST = Pattern.compile("(?i)\\b(?:now|nowadays|current|currently|latest|still"
      + "|today|these days|right now|at present|presently|recent|recently|lately|newest|most recent|anymore|as of now)\\b");
  private static final Pattern OVER_TIME = Pattern.compile("(?i)\\b(?:chang\\w*|evolv\\w*|grow\\w*|grew|grown"
      + "|increas\\w*|decreas\\w*|ris(?:e|en)|rose|went up|gone up|fell|over time|over the years|trend|compare\\w*)\\b");
  /** A month's name or abbreviation, as a capturing group, with its dot. */
  private static final String MONTH_NAMES = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
      + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
  static final String MONTH = "(" + MONTH_NAMES + ")\\.?";
  static final String YEAR = "((?:19|20)\\d\\d)";
  /**
   * A month, or a part of a year a question may be dated by ("late 2022", "mid-2024", "the fall of 2022",
   * "the end of 2024"), as one capturing group: what a question's stretch of time may name before its year.
   */
  private static final String MONTH_OR_PART = "(" + MONTH_NAMES
      + "|(?:the )?(?:early|mid|middle|late|spring|summer|fall|autumn|start|beginning|end)(?: of)?)\\.?";
  /** The words that set two things side by side: "vs", "versus". */
  private static final String VERSUS = "vs\\.?|versus";
  /**
   * A month written in full with its capital after a preposition and with no year after it ("In April,
   * US Ambassador ..."); "may" alone is too often the verb.
   */
  private static final Pattern YEARLESS_MONTH = Pattern.compile("\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id-?)\\s+"
      + "(January|February|March|April|May|June|July|August|September|October|November|December)\\b(?![\\s,]*\\d)");
  /**
   * "between March and June 2024", "from march 2024 to sept 2025", "2023-2025": two ends, each a month
   * or a year or both; an end without its year takes the other's.
   */
  private static final Pattern RANGE = Pattern.compile("(?i)\\b(?:between|from)?\\s*(?:" + MONTH_OR_PART + "\\s*)?(?:"
      + YEAR + ")?\\s*(?:and|to|until|till|through|thru|-|\u2013|" + VERSUS + ")\\s*(?:" + MONTH_OR_PART + "\\s+)?" + YEAR
      + "\\b");
  /** "in March 2024 vs June 2024", "2023 versus 2025": two times set side by side, which asks how a thing changed. */
  private static final Pattern TIMES_COMPARED = Pattern.compile("(?i)(?:\\b" + MONTH + "|" + YEAR + ")\\s*(?:" + VERSUS
      + ")\\s*(?:" + MONTH + "\\s*)?" + YEAR + "\\b");
  /** "since March 2024", "before 2024", "after June 2024", "until 2025": one end of the stretch. */
  private static final Pattern OPEN = Pattern.compile("(?i)\\b(since|after|before|until|till|prior to)\\s+(?:"
      + MONTH_OR_PART + "\\s+)?" + YEAR + "\\b");
  /**
   * "After Henry resigned in early 2024, what ...", "Since the Kenyans landed in June 2024, how much
   * ...": a clause opening the question dates an event, and what is asked came after (or before) it, so
   * the time is one end of the stretch, itself included (what followed may fall in the same months),
   * and the clause up to its comma is the stretch's place in the question. A "when" clause ("when the
   * Kenyans touched down in June 2024 who was PM") sets the scene at that time: the whole stretch.
   */
  private static final Pattern CLAUSE_OPEN = Pattern.compile("(?i)^\\W*(since|after|once|following|before|until"
      // "when" sets a scene at that time, unless a helper after it asks when ("when did they land in June 2024, and why?")
      + "|when(?!\\s+(?:do|does|did|is|are|was|were|will|would|can|could|has|have|had)\\b))\\s+"
      + "[^,;?]{1,60}?\\s(?:in|during|by|of)\\s+(?:" + MONTH_OR_PART + "\\s+)?" + YEAR + "\\b[^,;?]{0,30}?"
      // its end: a comma, or, typed without one, the question word and helper of the question asked
      + "(?=,|\\s+" + QuestionWords.QUESTION_ASKED + ")");
  /** "in 2022", "during September 2025", "as of March 2024", "sept 2025": a month name or none, then a year. */
  private static final Pattern STRETCH = Pattern.compile("(?i)\\b(?:(?:in|during|as of|by|around|of|for|from)\\s+)?"
      + "(?:" + MONTH_OR_PART + "\\s+)?" + YEAR + "\\b");
  /** "mid-2024": a part of a year joined to it, read as "mid 2024" (the same length, so places hold). */
  private static final Pattern JOINED_PART = Pattern.compile("(?i)\\b(mid|early|late)-(?=(?:19|20)\\d\\d\\b)");
  /**
   * "when will", "when is it supposed to", "when are they going to", and "when the mission will end" as
   * a French or Creole question reads in English: a question about what is still to come.
   */
  private static final Pattern FUTURE = Pattern.compile("(?i)\\bwhen\\b(?:.{0,40}?\\b(?:will|shall)\\b|\\s+(?:is|are)\\b"
      + ".{0,60}?\\b(?:going|supposed|expected|due|set|scheduled|planned|meant)\\s+to\\b)");
  private static final Pattern ASKS_WHEN = Pattern.compile("(?i)^\\W*(?:when|what (?:year|date|month)|which (?:year|date|month))\\b");

  /** No stretch of time, nothing asked of the newest or over time: what a question without a time is kept to. */
  static final TimeFrame ANY = new TimeFrame(null, null, false, false);

  static TimeFrame of(String question) {
    boolean latest = LATEST.matcher(question).find();
    boolean overTime = OVER_TIME.matcher(question).find() || TIMES_COMPARED.matcher(question).find();
    Stretch s = stretch(question);
    // two times named apart ("in March 2024, and ... by June 2024") ask what each said: the figures over time
    return s == null ? new TimeFrame(null, null, latest, overTime)
        : new TimeFrame(s.from(), s.to(), latest, overTime || s.spans().size() > 1);
  }

  /** This frame kept to the month of a day ("when the Kenyans arrived": the month the articles report it). */
  TimeFrame inMonthOf(LocalDate day) {
    YearMonth month = YearMonth.from(day);
    return new TimeFrame(month.atDay(1), month.atEndOfMonth(), latest, overTime);
  }

  /**
   * Whether a question names a time in one part and an event in its last ("How much did Canada pledge in
   * March 2024, and what's the figure by the time the Kenyans landed?"), its parts as {@link
   * Questions#parts} reads them: each part asks of its own time, so the figures over time answer it, as
   * for two times named apart.
   */
  static boolean asksAtTimeThenEvent(String question) {
    List<String> parts = Questions.parts(question);
    String last = parts.get(parts.size() - 1);
    return parts.size() > 1 && Event.in(last) != null && stretch(last) == null
        && parts.subList(0, parts.size() - 1).stream().anyMatch(part -> stretch(part) != null);
  }

  /** This frame stretched to the month of {@code day} as well, asking how something changed over the two. */
  TimeFrame through(LocalDate day) {
    YearMonth month = YearMonth.from(day);
    LocalDate first = from == null || month.atDay(1).isBefore(from) ? month.atDay(1) : from;
    LocalDate last = to == null || month.atEndOfMonth().isAfter(to) ? month.atEndOfMonth() : to;
    return new TimeFrame(first, last, latest, true);
  }

  /** Whether the question is kept to a stretch of time. */
  boolean bounded() {
    return from != null || to != null;
  }

  /**
   * The question without the stretch of time it is restricted to ("in March 2024"): the restriction
   * takes care of it, so its words are not asked of a passage's text as well.
   */
  static String withoutStretch(String question) {
    Stretch s = stretch(question);
    if (s == null) {
      return question;
    }
    StringBuilder out = new StringBuilder(question);
    for (Span span : s.spans()) {
      out.replace(span.start(), span.end(), " ".repeat(span.end() - span.start()));
    }
    return out.toString();
  }

  /**
   * The question without the words that only ask how something changed ("how has the pledge grown",
   * "changed over time"), blanked to spaces of their length: the figures over time answer that, so a
   * passage is not asked to say it.
   */
  static String withoutChange(String question) {
    return blanked(OVER_TIME, question);
  }

  /**
   * The question without the words that only say "now" ("current", "the newest article"), blanked to
   * spaces of their length: the newest article answering is what they ask for, not a word of it.
   */
  static String withoutNow(String question) {
    return blanked(LATEST, question);
  }

  /** The question with what the pattern matches blanked to spaces of its length, so that places hold. */
  private static String blanked(Pattern words, String question) {
    return words.matcher(question).replaceAll(m -> " ".repeat(m.group().length()));
  }

  /** Whether a word only says "now" ("current", "latest"): it asks for the newest article, not for a word of it. */
  static boolean isNow(String word) {
    return LATEST.matcher(word).matches();
  }

  /**
   * Whether a word only asks how something changed ("changed", "grown"): the figures over time answer
   * that, so a sentence need not say it.
   */
  static boolean isChange(String word) {
    return OVER_TIME.matcher(word).matches();
  }

  /** Whether the question asks when something is still to happen ("when will the mission end?"). */
  static boolean asksFuture(String question) {
    return FUTURE.matcher(question).find();
  }

  /**
   * Where in the question a stretch of time is asked (one place, or each time named when the question
   * asks how something changed between them), and its first and last days (either may be open).
   */
  private record Stretch(List<Span> spans, LocalDate from, LocalDate to) {

    Stretch(int start, int end, LocalDate from, LocalDate to) {
      this(List.of(new Span(start, end)), from, to);
    }
  }

  /**
   * The stretch of time the question is restricted to, or null: a clause opening the question that
   * dates an event ({@link #CLAUSE_OPEN}), a range with two ends, one open end ("since 2023"), or a
   * month, a part of a year ("late 2022") or a preposition then a year. A year that is part of the
   * subject ("the 2021 assassination") restricts nothing, nor does any year in a question asking when
   * (a scene's "when" asks nothing); a question on how something changed that names two times apart
   * spans from the first to the last ("the March 2024 pledge compared with the June 2024 one"), and so
   * does one that asks of two times named apart ("in March 2024, and what was the figure by June 2024").
   */
  private static Stretch stretch(String asked) {
    String question = JOINED_PART.matcher(asked).replaceAll("$1 ");
    Matcher clause = CLAUSE_OPEN.matcher(question);
    if (clause.find()) {
      return side(clause, true); // the whole clause is the time: the question is first read without it, then whole
    }
    if (ASKS_WHEN.matcher(asked).find()) {
      return null;
    }
    Matcher r = RANGE.matcher(question);
    while (r.find()) {
      boolean firstEnd = r.group(1) != null || r.group(2) != null;
      boolean worded = r.group().regionMatches(true, 0, "between", 0, 7) || r.group().regionMatches(true, 0, "from", 0, 4);
      if (firstEnd && (worded || r.group(2) != null && r.group(4) != null)) {
        int endYear = Integer.parseInt(r.group(4));
        int startYear = r.group(2) != null ? Integer.parseInt(r.group(2)) : endYear;
        LocalDate from = WrittenDates.firstDay(r.group(1), startYear);
        LocalDate to = WrittenDates.lastDay(r.group(3), endYear);
        if (!from.isAfter(to)) {
          return new Stretch(r.start(), r.end(), from, to);
        }
      }
    }
    Matcher o = OPEN.matcher(question);
    if (o.find()) {
      return side(o, false);
    }
    List<Stretch> times = new ArrayList<>();
    List<Stretch> years = new ArrayList<>(); // bare years too: "the 2022 reporting against the 2024 one"
    Matcher m = STRETCH.matcher(question);
    while (m.find()) {
      int year = Integer.parseInt(m.group(2));
      Stretch time = new Stretch(m.start(), m.end(), WrittenDates.firstDay(m.group(1), year),
          WrittenDates.lastDay(m.group(1), year));
      years.add(time);
      if (m.group(1) != null || !m.group().startsWith(m.group(2))) {
        times.add(time);
      }
    }
    if (years.size() > 1 && (OVER_TIME.matcher(question).find() || TIMES_COMPARED.matcher(question).find())) {
      return spanning(years); // how a thing changed from one time to another
    }
    if (times.stream().map(Stretch::from).distinct().count() > 1) {
      return spanning(times); // "in March 2024, and what was the figure by June 2024": each time is asked of
    }
    if (times.isEmpty() && years.size() == 1 && QuestionWords.isKeywords(question)) {
      return years.get(0); // keywords have no "in": "haiti new pm name 2024" asks of 2024; "the 2022 report" names a report
    }
    return times.isEmpty() ? null : times.get(0);
  }

  /** The stretch that spans every time named, each of whose places the question asks it in. */
  private static Stretch spanning(List<Stretch> times) {
    return new Stretch(times.stream().flatMap(t -> t.spans().stream()).toList(),
        times.stream().map(Stretch::from).min(Comparator.naturalOrder()).orElseThrow(),
        times.stream().map(Stretch::to).max(Comparator.naturalOrder()).orElseThrow());
  }

  /**
   * The stretch on one side of a time ("since", "after", "before", "until"; a scene's "when" is the time
   * itself), from a match whose groups are the word, the month or part of a year, and the year. With
   * {@code inclusive}, "after" and "before" take the time's own months too: what followed an event
   * dated "in early 2024" may fall in early 2024, what followed "June 2024" itself does not.
   */
  private static Stretch side(Matcher m, boolean inclusive) {
    int year = Integer.parseInt(m.group(3));
    LocalDate first = WrittenDates.firstDay(m.group(2), year);
    LocalDate last = WrittenDates.lastDay(m.group(2), year);
    return switch (m.group(1).toLowerCase(Locale.ROOT)) {
      case "when" -> new Stretch(m.start(), m.end(), first, last);
      case "since" -> new Stretch(m.start(), m.end(), first, null);
      case "after", "once", "following" -> new Stretch(m.start(), m.end(), inclusive ? first : last.plusDays(1), null);
      case "until", "till" -> new Stretch(m.start(), m.end(), null, last);
      default -> new Stretch(m.start(), m.end(), null, inclusive ? last : first.minusDays(1)); // before, prior to
    };
  }

  /** The hits from the stretch asked about: published in it, or saying a date in it ("in October 2022"). All when none is asked. */
  List<Hit> restrict(List<Hit> hits) {
    if (!bounded()) {
      return hits;
    }
    return hits.stream().filter(h -> within(h.passage().article().published())
        || says(h.quoteText(), h.passage().article().published())).toList();
  }

  /** Whether the answer should list its quotes newest first. */
  boolean newestFirst() {
    return latest || overTime;
  }

  /** The evidence newest first (undated last, ties by score), when the question asks for that; else as it was. */
  List<Evidence> order(List<Evidence> evidence) {
    if (!newestFirst()) {
      return evidence;
    }
    Comparator<Evidence> byDate = Comparator.comparing((Evidence e) -> e.hit().passage().article().published(),
        Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).reversed();
    return evidence.stream().sorted(byDate.thenComparing(e -> -e.hit().score())).toList();
  }

  boolean within(LocalDate date) {
    return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  /** Whether the text says a month or a year that lies wholly within the stretch ("2024" is not said to be in June 2024). */
  boolean says(String text) {
    return says(text, null);
  }

  /**
   * As {@link #says(String)}, and a month named without its year ("In April, ...") in an article of
   * this date is the latest such month up to it: April 2025 in an article of September 2025.
   */
  boolean says(String text, LocalDate published) {
    Matcher m = WrittenDates.WHOLE_DATE.matcher(text);
    while (m.find()) {
      int year = Integer.parseInt(m.group(4));
      if (within(WrittenDates.firstDay(m.group(2), year)) && within(WrittenDates.lastDay(m.group(2), year))) {
        return true;
      }
    }
    if (published == null) {
      return false;
    }
    Matcher month = YEARLESS_MONTH.matcher(text);
    while (month.find()) {
      Month named = Month.valueOf(month.group(1).toUpperCase(Locale.ROOT));
      int year = named.getValue() > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
      if (within(LocalDate.of(year, named, 1)) && within(YearMonth.of(year, named).atEndOfMonth())) {
        return true;
      }
    }
    return false;
  }
}
