package org.missionbot.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Mention;
import org.missionbot.search.Hit;
import org.missionbot.search.PassageSearcher;
import org.missionbot.search.Question;

/**
 * Which passages of the hits an answer quotes, and in which order: the best distinct ones with the
 * values they give, every distinct figure among the strong, a figure of each date for a change, the
 * sentence that settles a yes/no question, the bot's topic before a nearby one.
 */
final class EvidenceChooser {

  private final PassageSearcher searcher;
  private final ValueReader values;

  EvidenceChooser(PassageSearcher searcher, ValueReader values) {
    this.searcher = searcher;
    this.values = values;
  }

  /** The share of the best passage's probability from which a passage's figure may be in the lead. */
  private static final double STRONG = 0.5;

  /** How many candidate quotes are read for their figures, dates or names. */
  private static final int CANDIDATE_QUOTES = 6;

  /** How many of the best passages may hold the sentence that settles a yes/no question. */
  private static final int SETTLING_CANDIDATES = 12;

  /**
   * How many words may stand between a denial and the question's word it denies, within its clause
   * ("not been used", "not contributing its own police or military personnel").
   */
  private static final int DENIAL_REACH = 6;
  /** What ends a denial's clause: after it, a word is no longer denied ("not ..., but Canada"). */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:!?\u2014]|(?<=\\p{Ll}{2})\\.(?=\\s|$)"); // not "U.S."

  /** The best distinct passages, up to {@link #CANDIDATE_QUOTES}, each with the values it holds. */
  List<Evidence> choose(Question question, List<Hit> hits) {
    List<Evidence> eligible = eligible(question, hits, CANDIDATE_QUOTES);
    return Leads.isFigure(ValueReader.wanted(question)) ? withEachFigure(eligible) : first(eligible, AnswerEngine.MAX_QUOTES);
  }

  /**
   * For a question on how something changed: the best passages as {@link #choose}, but a figure told
   * on each date gets a place ("how has gang control of the capital changed": two-thirds in 2022, over
   * 80% in 2024), since a change is told by what two times said. When the best passage states a figure,
   * it stays first; then comes the best passage of another article date that states a figure of the
   * same kind beside a word of the question, among twice as many candidates; then the rest in the
   * ranker's order. When the best states none, the change asked about is a deed, and the ranker's
   * order stands.
   */
  List<Evidence> overTime(Question question, List<Hit> hits) {
    if (Leads.isFigure(ValueReader.wanted(question))) {
      return choose(question, hits); // a figure asked for: each distinct figure has its place
    }
    List<Evidence> eligible = eligible(question, hits, 2 * CANDIDATE_QUOTES);
    if (eligible.isEmpty()) {
      return eligible;
    }
    Evidence best = eligible.get(0);
    LocalDate bestDate = best.hit().passage().article().published();
    Set<Mention.Kind> kinds = figures(best); // a change is told in like figures: a share by a share
    if (bestDate == null || kinds.isEmpty()) {
      return first(eligible, AnswerEngine.MAX_QUOTES); // "how had Kenya changed its plans?": a deed, which the ranker's order tells
    }
    List<Evidence> chosen = new ArrayList<>(List.of(best));
    for (Evidence e : eligible) {
      LocalDate date = e.hit().passage().article().published();
      if (date != null && !date.equals(bestDate) && !e.hit().matched().isEmpty()
          && figures(e).stream().anyMatch(kinds::contains)) {
        chosen.add(e); // two times are what a change is told by
        break;
      }
    }
    for (Evidence e : eligible) {
      if (chosen.size() < AnswerEngine.MAX_QUOTES && !chosen.contains(e)) {
        chosen.add(e);
      }
    }
    return chosen;
  }

  /**
   * For a yes/no question ("have the armored vehicles been used to break the blockades yet?"): the
   * evidence with the sentence that settles it second, after the best, when the quotes lack one and the
   * best passages hold it. A sentence settles it when it denies one of the question's words ("So far, the
   * vehicles have not been used for either purpose."), stands in the best passage's article, and holds
   * two words of the question or more; such a sentence leans on the one before for what it is about, so
   * the search ranks it below those that repeat the question's words ("... the armored vehicles Canada
   * delivered ... are to be used to break the blockades"), which stays first to say what it is about.
   */
  List<Evidence> withSettling(Question question, List<Evidence> evidence, List<Hit> hits) {
    List<Evidence> quoted = first(evidence, AnswerEngine.MAX_QUOTES);
    if (quoted.stream().anyMatch(e -> deniesAsked(e.hit()))) {
      return evidence; // a quote settles it already
    }
    Article article = quoted.get(0).hit().passage().article();
    return first(hits, SETTLING_CANDIDATES).stream()
        .filter(h -> h.passage().article().equals(article) && h.matched().size() >= 2 && !overlapsAny(h, quoted)
            && deniesAsked(h))
        .findFirst().map(h -> {
          List<Evidence> out = new ArrayList<>(evidence);
          out.add(1, new Evidence(h, values.values(question, h)));
          return first(out, Math.max(AnswerEngine.MAX_QUOTES, evidence.size())); // the last quote gives way
        }).orElse(evidence);
  }

  /** Whether the hit's sentence denies one of the question's words: "not" at most three words before it. */
  private boolean deniesAsked(Hit hit) {
    String text = hit.passage().text();
    List<int[]> denials = Questions.denials(text);
    return !denials.isEmpty() && searcher.matchOffsets(hit).stream().anyMatch(at -> denials.stream()
        .anyMatch(d -> d[1] <= at && denies(text.substring(d[1], at))));
  }

  /** Whether the words between a denial and a word leave it denied: few, in the same clause. */
  static boolean denies(String between) {
    return between.strip().split("\\s+").length <= DENIAL_REACH && !CLAUSE_BREAK.matcher(between).find();
  }

  /** The kinds of figure (an amount, a share, a count) told with a measure that the evidence's quote states. */
  private static Set<Mention.Kind> figures(Evidence e) {
    String text = e.hit().quoteText();
    Set<Mention.Kind> kinds = EnumSet.noneOf(Mention.Kind.class);
    Mentions.of(text).stream().filter(m -> Leads.isFigure(m.kind()) && !Leads.isVague(m, text))
        .forEach(m -> kinds.add(m.kind()));
    return kinds;
  }

  /** The best distinct passages, up to {@code candidates} of them, each with the values it holds. */
  private List<Evidence> eligible(Question question, List<Hit> hits, int candidates) {
    List<Evidence> eligible = new ArrayList<>();
    Set<String> texts = new HashSet<>();
    for (Hit hit : onTopicFirst(hits)) {
      if (eligible.size() == candidates) {
        break;
      }
      if (!texts.add(hit.passage().text())) {
        continue;
      }
      int previous = indexOfPrevious(hit, eligible);
      if (previous >= 0) {
        Evidence taken = eligible.get(previous);
        Evidence window = new Evidence(hit, values.values(question, hit));
        if (!taken.hit().matched().containsAll(hit.matched()) || (taken.value() == null && window.value() != null)) {
          // the window starts where the taken sentence did, so values found there keep their offsets
          eligible.set(previous, taken.value() != null ? new Evidence(hit, taken.values()) : window);
        }
      } else if (!overlapsAny(hit, eligible)) {
        eligible.add(new Evidence(hit, values.values(question, hit)));
      }
    }
    return eligible;
  }

  /**
   * The hits with each one from an article off the bot's topic (another country's pledge, another
   * mission) moved after every later hit on the topic that holds as much of the question: between
   * two sentences that state what is asked, the bot quotes the one about the mission it is for.
   */
  static List<Hit> onTopicFirst(List<Hit> hits) {
    List<Hit> out = new ArrayList<>(hits);
    for (int i = out.size() - 1; i >= 0; i--) {
      Hit off = out.get(i);
      int after = -1;
      for (int k = i + 1; k < out.size(); k++) {
        if (outdoes(out.get(k), off)) {
          after = k;
        }
      }
      if (after > 0) {
        out.add(after, out.remove(i));
      }
    }
    return out;
  }

  static boolean onTopic(Hit hit) {
    return hit.signals().articleScope() >= PassageSearcher.ON_TOPIC;
  }

  /** Whether one hit is on the bot's topic, the other is not, and the first holds as much of the question. */
  private static boolean outdoes(Hit on, Hit off) {
    return onTopic(on) && !onTopic(off) && on.coverage() >= off.coverage();
  }

  /**
   * Where the sentence this hit is quoted with was already taken on its own: the hit's quote (both
   * sentences) then takes its place when it adds question words. -1 when there is none.
   */
  private static int indexOfPrevious(Hit hit, List<Evidence> taken) {
    if (!hit.quotesPrevious()) {
      return -1;
    }
    for (int i = 0; i < taken.size(); i++) {
      Hit t = taken.get(i).hit();
      if (!t.quotesPrevious() && t.passage().article() == hit.passage().article()
          && t.passage().start() == hit.passage().previousStart()) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the hit's quote shares text with one already taken (a sentence quoted with the one before it). */
  static boolean overlapsAny(Hit hit, List<Evidence> taken) {
    var p = hit.passage();
    int start = hit.quoteStart();
    return taken.stream().map(Evidence::hit).anyMatch(t -> t.passage().article() == p.article()
        && t.quoteStart() < p.end() && start < t.passage().end());
  }

  /** The evidence with this one first, without any quote that shares its text, at most {@link AnswerEngine#MAX_QUOTES}. */
  static List<Evidence> withFirst(Evidence first, List<Evidence> evidence) {
    List<Evidence> out = new ArrayList<>(List.of(first));
    for (Evidence e : evidence) {
      if (out.size() < AnswerEngine.MAX_QUOTES && !overlapsAny(e.hit(), out)) {
        out.add(e);
      }
    }
    return out;
  }

  /** Best first, but every distinct figure among the strong candidates gets a place. */
  private static List<Evidence> withEachFigure(List<Evidence> eligible) {
    List<Evidence> chosen = new ArrayList<>(first(Leads.distinctFigures(strong(eligible)), AnswerEngine.MAX_QUOTES));
    chosen.sort(Leads.distinctFigures(chosen).size() > 1 ? EvidenceChooser::compareNewestFirst
        : (a, b) -> Double.compare(b.hit().score(), a.hit().score()));
    for (Evidence e : eligible) {
      if (chosen.size() < AnswerEngine.MAX_QUOTES && !chosen.contains(e)) {
        chosen.add(e); // after the figures, in the ranker's order: context, not a figure of the lead
      }
    }
    return chosen;
  }

  /** The strong evidence in the order the time frame asks for (newest first for "latest"), then the rest. */
  static List<Evidence> ordered(TimeFrame time, List<Evidence> evidence) {
    List<Evidence> strong = strong(evidence);
    List<Evidence> out = new ArrayList<>(time.order(strong));
    evidence.stream().filter(e -> !strong.contains(e)).forEach(out::add);
    return out;
  }

  /**
   * The evidence nearly as likely to answer as the best (half its probability or more), less what is
   * off the bot's topic where the topic's own articles say as much: what a lead may draw on.
   */
  static List<Evidence> strong(List<Evidence> evidence) {
    double top = evidence.stream().mapToDouble(e -> e.hit().score()).max().orElse(0);
    return evidence.stream().filter(e -> e.hit().score() >= STRONG * top
        && evidence.stream().noneMatch(o -> outdoes(o.hit(), e.hit()))).toList();
  }

  private static int compareNewestFirst(Evidence a, Evidence b) {
    var da = a.hit().passage().article().published();
    var db = b.hit().passage().article().published();
    if (da == null || db == null || da.equals(db)) {
      return Double.compare(b.hit().score(), a.hit().score());
    }
    return db.compareTo(da);
  }

  static <T> List<T> first(List<T> list, int n) {
    return list.size() <= n ? list : list.subList(0, n);
  }
}
