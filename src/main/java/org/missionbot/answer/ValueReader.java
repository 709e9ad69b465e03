package org.missionbot.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionbot.corpus.Countries;
import org.missionbot.corpus.Mention;
import org.missionbot.search.Concept;
import org.missionbot.search.Hit;
import org.missionbot.search.PassageSearcher;
import org.missionbot.search.Question;

/**
 * The values a quote gives for a question: the mentions of the kind asked for (a figure for "how
 * much", a person for "who") that state what is asked, nearest to the question's words first, and
 * not the question's own names, its topic's country, a year that dates another noun or a past day for
 * a question about the future.
 */
final class ValueReader {

  private final PassageSearcher searcher;

  ValueReader(PassageSearcher searcher) {
    this.searcher = searcher;
  }

  /** What comes just before a word that the sentence supposes, denies or weighs rather than states. */
  private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:could|would|might|may"
      + "|should|capacity to|ability to|able to|willing to|unwilling to|refused to|declined to|reluctant to|asked to"
      + "|wants? to|rather than|instead of|not|never|no longer|whether to|if)\\s+(?:\\p{L}+\\s+)?$");

  /** "the 2021 assassination": a year between an article and the noun it dates. */
  private static final Pattern ATTRIBUTIVE_YEAR =
      Pattern.compile("(?i)(?:the|a|an|its|his|her|their) ((?:19|20)\\d\\d) (\\p{L}+)");

  /** How far after a count the noun it counts may stand, in characters: "1,000 police officers", "400 Kenyan police officers". */
  private static final int COUNTED_REACH = 30;

  /**
   * Whether a word of the question matches, synonyms included, just after the evidence's count: "cops"
   * after "up to 1,000" in "... number up to 1,000 police officers".
   */
  boolean namedAfter(Evidence evidence, String word) {
    Hit hit = evidence.hit();
    List<Concept> concepts = hit.matched().stream().filter(c -> c.word().equals(word)).toList();
    int end = evidence.value().end();
    return !concepts.isEmpty() && searcher.matchOffsets(hit, concepts).stream().map(o -> o + hit.quoteOffset())
        .anyMatch(o -> o >= end && o <= end + COUNTED_REACH);
  }

  /** Whether one of the first hits holds a value of the kind asked for that the question does not name itself. */
  boolean givesValue(Question question, List<Hit> hits) {
    return wanted(question) != null && hits.stream().limit(AnswerEngine.MAX_QUOTES).anyMatch(h -> !values(question, h).isEmpty());
  }

  /** The mentions in the hit's quote that answer the question, nearest to the question's words first. */
  List<Mention> values(Question question, Hit hit) {
    Mention.Kind wanted = wanted(question);
    if (wanted == null) {
      return List.of();
    }
    String text = hit.quoteText();
    List<Integer> anchors = searcher.matchOffsets(hit).stream().map(a -> a + hit.quoteOffset()).toList();
    List<Mention> values = new ArrayList<>();
    String region = wanted == Mention.Kind.COUNTRY ? Attribution.regionAsked(question.text()) : null;
    List<Mention> mentions = Mentions.of(text);
    for (Mention m : mentions) {
      if (m.kind() == wanted && !askedAbout(question, m.in(text)) && !Leads.isAttributive(question, m, text)
          && !Leads.titlesAnother(question, m, mentions, text)
          && !isTopicalCountry(wanted, m.in(text)) && Attribution.inRegionAsked(region, m.in(text))
          && (wanted != Mention.Kind.DATE || !pastForFuture(question, text, m, hit) && !datesAnother(question, text, m))) {
        values.add(m);
      }
    }
    // a share told in words ("much of") comes after a measured one ("80%") wherever it stands
    values.sort(Comparator.comparing((Mention m) -> Leads.isVague(m, text))
        .thenComparingInt(m -> distance(m, anchors)));
    return values;
  }

  /**
   * Whether a country or a place asked for is the country the articles are about ("Haiti"): no answer
   * to "which country" nor to "where is the NATO summit", whatever sentence holds it.
   */
  private boolean isTopicalCountry(Mention.Kind wanted, String value) {
    return (wanted == Mention.Kind.COUNTRY || wanted == Mention.Kind.PLACE && Countries.get().isCountry(value))
        && searcher.isTopical(value);
  }

  /**
   * Whether a date cannot answer a question about the future: it cannot mean a day after its
   * article's ("when will the mission end?" is not answered by the year an earlier mission ended, nor
   * by the day of the statement the article reports, nor "when will the rest arrive?" by the Tuesday
   * the first ones landed: a bare weekday is the day {@link TimeFrame#weekday} reads it as).
   */
  private static boolean pastForFuture(Question question, String text, Mention date, Hit hit) {
    if (!TimeFrame.asksFuture(question.meaning())) {
      return false;
    }
    var published = hit.passage().article().published();
    LocalDate last = WrittenDates.lastDay(date.in(text));
    if (last == null) {
      last = WrittenDates.weekday(text, date, hit.passage().article());
    }
    return last != null && published != null && !last.isAfter(published);
  }

  /**
   * Whether a year stands before a noun as its attribute, and that noun is not asked about: "the 2021
   * assassination" dates the assassination, not the resignation beside it.
   */
  private static boolean datesAnother(Question question, String text, Mention date) {
    Matcher attributive = ATTRIBUTIVE_YEAR.matcher(text).region(Math.max(0, date.start() - 4), text.length());
    if (!attributive.lookingAt() || attributive.start(1) != date.start() || attributive.end(1) != date.end()) {
      return false;
    }
    String noun = org.missionbot.index.Analysis.stem(Questions.fold(attributive.group(2)));
    return question.concepts().stream().noneMatch(c -> c.stem().equals(noun));
  }

  /**
   * Whether the quote only supposes, denies or weighs what the question asks ("have the capacity to
   * lead a mission, including Canada", "support rather than lead"): a word of the question stands just
   * after a modal, a negation or an alternative, so its value is no statement of fact for a lead.
   */
  boolean hedges(Evidence evidence) {
    Hit hit = evidence.hit();
    String text = hit.quoteText();
    for (int at : searcher.matchOffsets(hit)) {
      int start = at + hit.quoteOffset();
      if (HEDGE.matcher(text.substring(Math.max(0, start - 28), start)).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a mention only repeats words of the question ("Who is Jimmy Cherizier?" is not answered by his name). */
  private static boolean askedAbout(Question question, String mention) {
    String folded = Questions.fold(mention);
    return question.concepts().stream().anyMatch(c -> c.word().length() > 2 && folded.contains(c.word()))
        && !Leads.isFigure(question.kind().wants());
  }

  private static int distance(Mention m, List<Integer> anchors) {
    int best = anchors.isEmpty() ? m.start() : Integer.MAX_VALUE;
    for (int a : anchors) {
      best = Math.min(best, a < m.start() ? m.start() - a : Math.max(0, a - m.end()));
    }
    return best;
  }

  static Mention.Kind wanted(Question question) {
    return question.kind().wants();
  }
}
