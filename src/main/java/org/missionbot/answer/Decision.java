package org.missionbot.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.missionbot.corpus.Countries;
import org.missionbot.corpus.Mention;
import org.missionbot.corpus.MentionFinder;
import org.missionbot.index.Embedder;
import org.missionbot.index.Scope;
import org.missionbot.search.Classifier;
import org.missionbot.search.Concept;
import org.missionbot.search.Hit;
import org.missionbot.search.KindReader;
import org.missionbot.search.LogisticModel;
import org.missionbot.search.PassageSearcher;
import org.missionbot.search.Question;
import org.missionbot.search.QuestionKind;
import org.missionbot.search.Ranker;
import org.missionbot.search.Signals;

/**
 * Whether the articles answer a question: a classifier (boosted trees since the forty-fifth session, a
 * logistic regression before), trained on labelled questions, over what the search found for it (how
 * well the best passages match, how much of the question they hold, words and names of the question
 * that no article has). It replaces stacked thresholds.
 */
public final class Decision {

  /** The features that sum up what the search found, in the order of {@link #features}. */
  public static final List<String> SUMMARY = List.of("best", "second", "similarity", "similarity_margin", "coverage",
      "best_coverage", "uncovered_max", "missing_share", "missing_name", "holds_wanted", "misses_wanted", "gives_value",
      "topicality", "topicality_gap", "top_misses_wanted");
  /** Where among the summary the features say that the passage put first lacks the thing the question asks for. */
  private static final int TOP_MISSES_WANTED = SUMMARY.indexOf("top_misses_wanted");
  /** The length of the shipped embedder's vectors: the best passage's agreement with the question has as many parts. */
  public static final int DIMENSIONS = Embedder.shipped().dimensions();
  /**
   * The features: the summary, then the best passage's agreement with the question dimension by
   * dimension ({@link Signals#agreement}). Weighed one by one, the agreement is a similarity learned
   * for this decision: which directions of the embedding tell a passage that answers from one that
   * only shares the question's subject ("the population of Port-au-Prince" against a sentence on its gangs).
   */
  public static final List<String> FEATURES = Stream.concat(SUMMARY.stream(),
      IntStream.range(0, DIMENSIONS).mapToObj(d -> "agreement." + d)).toList();
  /**
   * The direction each feature must argue in (0: either), held by a weight's sign or a tree's
   * monotone splits: a better match, more of the question covered or the value asked for never argue
   * against answering; words and names no article has never for it. More agreement along any dimension
   * never argues against answering either: the agreement stays a similarity, learned per dimension,
   * and cannot learn a subject as unanswerable. With weights of either sign it did: trained on questions about Jamaica that no training article answered,
   * it refused "How many Jamaican soldiers were deployed?" once an article saying so was added.
   */
  public static final List<Integer> SIGNS = Stream.concat(Stream.of(1, 0, 1, 0, 1, 1, -1, -1, -1, 1, -1, 1, 1, 1, -1),
      Stream.generate(() -> 1).limit(DIMENSIONS)).toList();
  /** The kinds of mention that name someone or something, which a question may name itself. */
  private static final Set<Mention.Kind> NAMES = EnumSet.of(Mention.Kind.PERSON, Mention.Kind.PLACE, Mention.Kind.SETTING,
      Mention.Kind.NAME, Mention.Kind.COUNTRY);
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** A capitalised word just after a country: "US Ambassador", a title the country qualifies, not a country said of something. */
  private static final Pattern TITLED = Pattern.compile("\\s+\\p{Lu}");
  /** "who is X", up to the end of its clause: a question about someone named. */
  private static final Pattern WHO_IS = Pattern.compile(
      "\\bwho(?:'s|\\s+(?:is|was|are|were))\\s+(.+?)(?:\\s+and\\b|[,;?]|$)");
  /**
   * The probability the search's own order needs before {@link #lead} weighs another passage as the
   * lead. Each order weighed is another chance for a near miss to pass the threshold, and a passage put
   * before a better one is a row the trees never saw in training; an order far from taken is a
   * question the articles do not answer. Fitted on the calibration sets (both corpora, every threshold
   * from 0.30 to 0.54) over no floor, 0.05, 0.10, 0.15 and 0.20: 0.10 found the most at every level of
   * abstaining from 2,990 to 3,110 of 3,224 (2 to 20 more than no floor, 9 on average; 0.05 and 0.15
   * gained less, 0.20 lost at the lower levels); at the shipped threshold found 3,263 -> 3,256 of
   * 3,512 and abstained 3,022 -> 3,042. It is no higher than the lowest threshold {@code calibrate}
   * tries, so at each threshold of its grid every probability that decides an answer is one reported.
   */
  static final double OTHER_LEADS_FLOOR = 0.10;
  /** The resource beside this class that holds the trained classifier. */
  public static final String RESOURCE = "decision.properties";

  private final Classifier model;
  private final DoubleConsumer consulted;

  public Decision(Classifier model) {
    this(model, p -> {});
  }

  /**
   * A decision that also reports each probability it compares with its threshold, in order: an answer
   * stays the same at every threshold that no reported probability lies between, which is how
   * {@code calibrate} scores a grid of thresholds without answering each question at every one.
   */
  public Decision(Classifier model, DoubleConsumer consulted) {
    this.model = model;
    this.consulted = consulted;
  }

  /**
   * A decision that always answers when there are hits, for measuring the ranking alone: it leads, as
   * the trained one does, with the first of the first three hits that holds the thing asked.
   */
  public static Decision always() {
    return new Decision(new LogisticModel(FEATURES, new double[FEATURES.size()], 0, 0));
  }

  /** The decision trained for this version of the code. */
  public static Decision trained() {
    return new Decision(Classifier.load(Decision.class, RESOURCE, FEATURES));
  }

  /**
   * Which of the first {@code leads} hits the answer should lead with, weighing each as if it came
   * first (the passages shown are the same whichever leads): the first the decision takes that holds
   * the thing asked for, when the question asks for one, else the first it takes; -1 when it takes
   * none. "where did the first Kenyan contingent land?" is taken with its best match first, "The first
   * contingent ... has arrived in Haiti" (the question's own place), and with the second, "landed in
   * Port-au-Prince", which lacks only "contingent" and leads. A passage of an article on another
   * subject is not weighed as the lead when the best passage's article is the mission's: the trees weigh
   * a led passage beside a better one after it, which they never saw in training, and with articles on
   * nearby topics added, "which human rights groups raised concerns about the Kenyan police?" was
   * answered by weighing first a Nairobi article's "Human rights groups in Nairobi welcomed the
   * deployment ..." (read and training questions on the grown corpus: 4 more near misses refused, 1 more
   * answer found, none lost). Nor is any other passage weighed when the search's own order is far
   * from taken ({@link #OTHER_LEADS_FLOOR}).
   */
  int lead(Question question, List<Hit> hits, boolean givesValue, int leads) {
    int first = -1;
    for (int i = 0; i < Math.min(leads, hits.size()); i++) {
      if (i > 0 && EvidenceChooser.onTopic(hits.get(0)) && !EvidenceChooser.onTopic(hits.get(i))) {
        continue; // an article on another subject never leads over the mission's own best passage
      }
      double[] values = features(question, i == 0 ? hits : ledBy(hits, i), givesValue);
      double p = model.probability(values);
      consulted.accept(p);
      if (p >= model.threshold()) {
        if (values[TOP_MISSES_WANTED] == 0) { // the features have read whether it holds what is asked
          return i;
        }
        first = first < 0 ? i : first;
      } else if (i == 0 && p < OTHER_LEADS_FLOOR) {
        break; // the search's own order is nowhere near taken: no other order is tried
      }
    }
    return first;
  }

  /** The probability that the hits (best first) answer the question; 0 without hits. */
  public double probability(Question question, List<Hit> hits, boolean givesValue) {
    return hits.isEmpty() ? 0 : model.probability(features(question, hits, givesValue));
  }

  /**
   * The feature values for a question and its hits, best first; the hits must not be empty.
   *
   * @param givesValue whether one of the first hits holds a value of the kind asked for (a figure for
   *     "how much") that is not a word of the question
   */
  public static double[] features(Question question, List<Hit> hits, boolean givesValue) {
    Hit top = hits.get(0);
    boolean wants = question.wantsSomething();
    double[] similarities = hits.stream().mapToDouble(h -> h.signals().similarity()).sorted().toArray();
    double best = similarities[similarities.length - 1];
    double median = similarities[similarities.length / 2];
    double[] values = Arrays.copyOf(summary(question, hits, givesValue, top, wants, best, median), FEATURES.size());
    float[] agreement = top.signals().agreement();
    if (agreement.length != 0 && agreement.length != DIMENSIONS) {
      throw new IllegalStateException("the decision weighs " + DIMENSIONS + " dimensions, the passage's vector has "
          + agreement.length);
    }
    for (int d = 0; d < agreement.length; d++) {
      values[SUMMARY.size() + d] = agreement[d]; // none (a hit made up by a test): as if orthogonal
    }
    return values;
  }

  private static double[] summary(Question question, List<Hit> hits, boolean givesValue, Hit top, boolean wants,
      double best, double median) {
    return new double[] {
        top.score(),
        hits.size() > 1 ? hits.get(1).score() : 0,
        Ranker.scaled(best),
        (best - median) * Ranker.SIMILARITY_SCALE,
        top.coverage(),
        hits.stream().mapToDouble(Hit::coverage).max().orElse(0),
        uncoveredMax(question, top),
        1 - top.signals().articleCoverage(),
        top.signals().articleLacksName() ? 1 : 0,
        wants && shownHoldWanted(hits) ? 1 : 0,
        wants && !shownHoldWanted(hits) ? 1 : 0,
        givesValue ? 1 : 0,
        Ranker.scaled(top.signals().topicality()),
        (top.signals().topicality() - hits.stream().mapToDouble(h -> h.signals().topicality()).max().orElse(0))
            * Ranker.SIMILARITY_SCALE,
        asksEntity(question) && !holdsAsked(question, top) ? 1 : 0};
  }

  /**
   * The hits with the first of the next two that holds the thing asked for put first, when the best
   * covers the whole question but does not hold it and that one covers as much: "where did the Kenyan
   * police officers land in Haiti?" is answered by "landed in Port-au-Prince", not by "has arrived in
   * Haiti", whose only place is the question's own. The search does this for a kind the index records
   * (any place, {@link PassageSearcher#closeHolder}); this reads, as the decision does, whether the
   * thing held is other than what the question names. A best passage that lacks some of the question's
   * words is left first: what it lacks ("where did they first clash with gangs?") may be what tells the
   * answer apart. The hits as they were when no such step applies.
   */
  public static List<Hit> askedFirst(Question question, List<Hit> hits) {
    if (hits.isEmpty() || !asksEntity(question) || hits.get(0).coverage() < 1) {
      return hits;
    }
    int close = PassageSearcher.closeHolder(hits, hit -> holdsAsked(question, hit));
    return close < 0 ? hits : ledBy(hits, close);
  }

  /** The hits with the one at {@code i} put first, the rest in their order: that one weighed as the answer's lead. */
  static List<Hit> ledBy(List<Hit> hits, int i) {
    List<Hit> led = new ArrayList<>(hits);
    led.add(0, led.remove(i));
    return List.copyOf(led);
  }

  /** Whether the question asks for a thing named in the text (a figure, a date, a name), not a reason or words said. */
  private static boolean asksEntity(Question question) {
    return question.kinds().stream().anyMatch(k -> k.wants() != null && k.wants().isEntity());
  }

  /**
   * Whether the passage holds the kind of thing asked for, and, for a name (a person, a place, a body),
   * one that is not the question's own: "who was convicted for the assassination of Jovenel Moïse?" is
   * not answered by a sentence whose only person is Moïse. A question that is only a name ("who is
   * jimmy cherizier?") is answered by what is said of that name. Countries count as the index counts
   * them, two or more (nearly every sentence names Haiti); a question asking only which country is also
   * answered by one that is not the bot's topic ("weapons smuggled from the United States"), unless it
   * only qualifies a title ("US Ambassador to the UN Dorothy Shea").
   */
  private static boolean holdsAsked(Question question, Hit hit) {
    Set<Mention.Kind> names = EnumSet.noneOf(Mention.Kind.class);
    for (QuestionKind kind : question.kinds()) {
      if (kind.wants() != null) {
        if (!NAMES.containsAll(kind.wants().answeredBy())) {
          return hit.signals().holdsWanted(); // a figure, a date, a reason: what the index recorded
        }
        names.addAll(kind.wants().answeredBy());
      }
    }
    // the index records a country held only from two up; one asked alone is read from the mentions below
    boolean countryAsked = names.equals(EnumSet.of(Mention.Kind.COUNTRY));
    if (!hit.signals().holdsWanted() && !countryAsked) {
      return false;
    }
    String text = hit.passage().text();
    boolean city = KindReader.asksCity(Questions.fold(question.meaning()));
    List<Mention> named = Mentions.of(text).stream().filter(m -> names.contains(m.kind()))
        .filter(m -> !city || !isNoCity(m, text)).toList();
    List<String> foldedNames = named.stream().map(m -> Questions.fold(m.in(text))).toList();
    if (whoIs(question).stream().allMatch(c -> foldedNames.stream().anyMatch(n -> n.contains(c.word())))) {
      return true;
    }
    String region = Attribution.regionAsked(question.meaning()); // "which Caribbean nations": Benin is none
    List<Mention> others = named.stream().filter(m -> !repeats(question, m.in(text)) && !namedBySurname(question, m, text))
        .filter(m -> m.kind() != Mention.Kind.COUNTRY || Attribution.inRegionAsked(region, m.in(text))).toList();
    long countries = others.stream().filter(m -> m.kind() == Mention.Kind.COUNTRY).map(m -> m.in(text)).distinct().count();
    return others.stream().anyMatch(m -> m.kind() != Mention.Kind.COUNTRY) || countries >= 2
        || countryAsked && others.stream().anyMatch(m -> m.kind() == Mention.Kind.COUNTRY && !Scope.namesTopic(m.in(text))
            && !TITLED.matcher(text).region(m.end(), text.length()).lookingAt())
        || names.contains(Mention.Kind.PERSON) && namesByPronoun(question, hit);
  }

  /** Whether a place mention is none a city asked for could be: a setting ("at home") or a country ("Haiti"). */
  private static boolean isNoCity(Mention mention, String text) {
    return mention.kind() == Mention.Kind.SETTING
        || mention.kind() == Mention.Kind.PLACE && Countries.get().isCountry(mention.in(text));
  }

  /**
   * Whether a sentence names a person asked for by a pronoun whose person the sentence before names
   * ("In a statement, she vowed ..." after "Joly said ..."), not one the question names itself.
   */
  private static boolean namesByPronoun(Question question, Hit hit) {
    String previous = hit.passage().previous();
    return Attribution.PRONOUN.matcher(hit.passage().text()).find() && Mentions.of(previous).stream()
        .anyMatch(m -> m.kind() == Mention.Kind.PERSON && !repeats(question, m.in(previous)));
  }

  /**
   * The words of the question that say who is asked about: those after "who is" up to the clause's
   * end ("who is Dorothy Shea, and ..."), or all of them for a question that does not open so.
   */
  private static List<Concept> whoIs(Question question) {
    Matcher who = WHO_IS.matcher(Questions.fold(question.meaning()));
    if (!who.find()) {
      return question.concepts();
    }
    Set<String> clause = WORD.matcher(who.group(1)).results().map(MatchResult::group)
        .collect(Collectors.toSet());
    return question.concepts().stream().filter(c -> clause.contains(c.word())).toList();
  }

  /**
   * Whether a name only repeats the question's words: each of its words is one of them ("Jovenel Moïse"
   * for "who killed Jovenel Moïse?"; not "Jimmy "Barbecue" Chérizier" for "which gang leader is called
   * Barbecue?", which adds who).
   */
  private static boolean repeats(Question question, String name) {
    Set<String> words = question.concepts().stream().map(Concept::word).collect(Collectors.toSet());
    List<String> own = wordsOf(name);
    List<String> longer = own.stream().filter(w -> w.length() > 2).toList();
    return (longer.isEmpty() ? own : longer).stream().allMatch(words::contains); // "X" of "said on X" is a name too
  }

  /**
   * Whether a person's name is one the question names by surname: "President Jovenel Moïse" is the
   * person "who killed President Moïse?" asks about, not an answer to it.
   */
  private static boolean namedBySurname(Question question, Mention person, String text) {
    if (person.kind() != Mention.Kind.PERSON) {
      return false;
    }
    List<String> own = wordsOf(MentionFinder.withoutPossessive(person.in(text)));
    String surname = own.isEmpty() ? "" : own.get(own.size() - 1);
    return surname.length() > 2 && question.concepts().stream().anyMatch(c -> c.word().equals(surname));
  }

  /** A name's words, folded as the question's are. */
  private static List<String> wordsOf(String name) {
    return WORD.matcher(Questions.fold(name)).results().map(MatchResult::group).toList();
  }

  /** Whether one of the hits an answer would quote holds the kind of thing asked for. */
  private static boolean shownHoldWanted(List<Hit> hits) {
    return hits.stream().limit(AnswerEngine.MAX_QUOTES).anyMatch(h -> h.signals().holdsWanted());
  }

  /**
   * The weight of the heaviest question word the best passage lacks, over the heaviest word's: a
   * near miss often holds every word but the one detail asked about ("the spouse of", "which agency").
   */
  private static double uncoveredMax(Question question, Hit top) {
    double heaviest = question.concepts().stream().mapToDouble(Concept::weight).max().orElse(0);
    double lacking = question.concepts().stream().filter(c -> !top.matched().contains(c))
        .mapToDouble(Concept::weight).max().orElse(0);
    return heaviest > 0 ? lacking / heaviest : 0;
  }
}
