package org.missionbot.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.missionbot.answer.Answer.Outcome;
import org.missionbot.answer.Answer.Refusal;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Countries;
import org.missionbot.corpus.Mention;
import org.missionbot.corpus.Memo;
import org.missionbot.corpus.MentionFinder;
import org.missionbot.corpus.Passage;
import org.missionbot.search.Concept;
import org.missionbot.search.Hit;
import org.missionbot.search.Language;
import org.missionbot.search.LanguageReader;
import org.missionbot.search.PassageSearcher;
import org.missionbot.search.Question;
import org.missionbot.search.QuestionKind;

/**
 * Answers a question from the articles, extractively: it picks the passages that cover the question,
 * quotes them verbatim with their citations, and draws a short lead from them. It never writes an
 * answer of its own, and it says plainly when the articles hold none. Thread-safe.
 */
public final class AnswerEngine {

  /** The longest question taken, in characters. */
  public static final int MAX_QUESTION_LENGTH = 1000;
  /** The most quotes an answer shows. */
  public static final int MAX_QUOTES = 3;
  /** What an answer says when the articles hold none. */
  public static final String NOT_IN_ARTICLES = "The articles don't say. I only answer from the news articles "
      + "I have about the Kenyan-led security mission in Haiti, and none of them answers that.";
  public static final String EMPTY = "Please type a question about the security mission in Haiti, "
      + "for example: How much has Canada pledged?";
  /** How many characters of a question its language is read from. */
  private static final int LANGUAGE_SAMPLE = 300;
  /** How many articles an overview quotes. */
  private static final int OVERVIEW_ARTICLES = 3;

  /** The share of the best passage's probability from which a passage's figure may be in the lead. */
  private static final double STRONG = 0.5;
  /** How many candidate quotes are read for their figures, dates or names. */
  private static final int CANDIDATE_QUOTES = 6;
  /**
   * The share of an article's sentences naming the bot's topic from which it is on the topic: the
   * training articles on the topic have 0.44 to 0.86, those on nearby topics 0 to 0.07.
   */
  static final double ON_TOPIC = 0.2;

  /** What comes just before a word that the sentence supposes, denies or weighs rather than states. */
  private static final java.util.regex.Pattern HEDGE = java.util.regex.Pattern.compile("(?i)\\b(?:could|would|might|may"
      + "|should|capacity to|ability to|able to|willing to|unwilling to|refused to|declined to|reluctant to|asked to"
      + "|wants? to|rather than|instead of|not|never|no longer|whether to|if)\\s+(?:\\p{L}+\\s+)?$");

  /** "the 2021 assassination": a year between an article and the noun it dates. */
  private static final java.util.regex.Pattern ATTRIBUTIVE_YEAR =
      java.util.regex.Pattern.compile("(?i)(?:the|a|an|its|his|her|their) ((?:19|20)\\d\\d) (\\p{L}+)");

  /**
   * Mentions of recently quoted or best passages, one memo for every engine and the decision (a text's
   * mentions depend on nothing else): the same passages answer many questions.
   */
  static final Memo<String, List<Mention>> MENTIONS = new Memo<>(4096, MentionFinder::find);

  private final PassageSearcher searcher;
  private final Decision decision;
  /** Who holds which role, read from the articles when first needed (a benign race may read them twice). */
  private volatile RoleHolders roles;
  /** The short forms the articles define, read on the first question that may ask one (a benign race may read them twice). */
  private volatile Acronyms acronyms;
  /** The articles' headlines and outlets, for questions that name one. */
  private volatile SourceFrame.Catalog catalog;

  public AnswerEngine(PassageSearcher searcher) {
    this(searcher, Decision.trained());
  }

  /** An engine that decides with the given model (the train command tries its own). */
  public AnswerEngine(PassageSearcher searcher, Decision decision) {
    this.searcher = searcher;
    this.decision = decision;
  }

  /** Answers one question in whatever language it is asked; never throws for any input text. */
  public Answer answer(String asked) {
    return answer(asked, null);
  }

  /**
   * Answers one question, read in its language (English, French or Haitian Creole) and answered in
   * it, the quotes in the articles' English; never throws for any input text.
   *
   * @param hint the language the conversation or the asker's settings suggest, or null
   */
  public Answer answer(String asked, Language hint) {
    String question = Questions.clean(asked);
    Language language = language(question, hint);
    if (question.isEmpty()) {
      return Answer.unanswered(asked, Outcome.EMPTY, Messages.get(language, "empty"), language.code());
    }
    if (question.length() > MAX_QUESTION_LENGTH) {
      return Answer.unanswered(asked, Outcome.TOO_LONG, Messages.get(language, "too_long", question.length(),
          MAX_QUESTION_LENGTH), language.code());
    }
    String english = english(question, language);
    SmallTalk.Kind talk = SmallTalk.shared().read(question);
    talk = talk != null ? talk : SmallTalk.shared().read(english);
    if (talk == SmallTalk.Kind.OVERVIEW) {
      return overview(asked, language);
    }
    if (talk != null) {
      return Answer.unanswered(asked, Outcome.SMALL_TALK, Messages.get(language, talk.key()), language.code());
    }
    return answerRead(asked, english, language);
  }

  /**
   * The day the articles first report an event a question is dated by ("the Kenyans arrived"): the
   * earliest date of an article with a passage that holds every word of it (later articles recount
   * it); null when no passage does.
   */
  private LocalDate reported(TimeFrame.Event event) {
    return searcher.search(searcher.read(event.words())).stream().filter(h -> h.coverage() >= 1)
        .map(h -> h.passage().article().published()).filter(java.util.Objects::nonNull)
        .min(java.util.Comparator.naturalOrder()).orElse(null);
  }

  /** Answers a question read into English words. */
  private Answer answerRead(String asked, String whole, Language language) {
    SourceFrame source = SourceFrame.of(whole, catalog());
    String english = source.outOf(whole);
    TimeFrame time = TimeFrame.of(english);
    String outletOf = SourceFrame.outletAskedOf(whole); // "the story on the Kenyan arrival" both names the article and asks its outlet
    if (outletOf != null) {
      return outlet(asked, outletOf, time, source, language);
    }
    // the articles' short forms are read only for a question that may ask one
    String shortForm = Acronyms.mayAsk(english) && Questions.parts(english).size() < 2 ? acronyms().askedOf(english) : null;
    if (shortForm != null) {
      return defined(asked, shortForm, english, language);
    }
    Reading reading = dated(english, time, source);
    time = reading.time();
    Question read = reading.question();
    List<Hit> hits = reading.hits();
    if (reading.answered() && !Leads.holdsTheOrdinals(read, hits.get(0))) {
      return refused(asked, language, Refusal.ORDINAL); // "when did the second contingent land?" is not answered by the first's landing
    }
    List<Evidence> evidence = reading.answered() ? ordered(time, time.overTime() ? overTime(read, hits) : choose(read, hits))
        : List.of();
    if ((QuestionKind.asksWhether(english) || QuestionKind.asksWhether(asked)) && !evidence.isEmpty()) {
      evidence = withSettling(read, evidence, hits);
    }
    List<Evidence> eachPart = eachPart(english, evidence, source);
    if (!eachPart.isEmpty()) {
      return new Answer(asked, Outcome.ANSWERED, "", quotes(read, eachPart, "", hits), language.code());
    }
    if (!reading.answered()) {
      return refused(asked, language, Refusal.DECISION);
    }
    if (!Leads.statesTheDeed(read, hits.get(0))) {
      return refused(asked, language, Refusal.DEED); // "who chairs the council?" is not answered by "a council was installed",
      // "what did Davis say on the call?" by "Ruto spoke with Davis"
    }
    if (!Leads.namesTheAskedType(read, hits.get(0))) {
      return refused(asked, language, Refusal.ASKED_TYPE); // "which court blocked it?" is not answered by "legal challenges"
    }
    if (!Leads.namesTheNamed(read, hits.get(0))) {
      return refused(asked, language, Refusal.NAMED); // "the name of the main oil terminal" is not "the main oil terminal"
    }
    if (reading.asksRole()) {
      Optional<Evidence> holder = reading.holder();
      List<Evidence> chosen = evidence;
      List<Evidence> quoted = holder.map(h -> withFirst(h, chosen)).orElse(first(chosen, MAX_QUOTES));
      // no one named in the role: quotes alone, not a name that merely stands near the question's words
      String lead = holder.map(h -> Leads.holder(h, language)).orElse("");
      return new Answer(asked, Outcome.ANSWERED, lead, quotes(read, quoted, lead, hits), language.code());
    }
    if (Leads.isFigure(wanted(read))) {
      evidence = Attribution.ofAskedCountry(read, evidence, searcher::isTopical);
      if (!Attribution.givesFigure(read, evidence, hits.get(0), searcher::isTopical)) {
        return refused(asked, language, Refusal.HOLDER);
      }
      if (evidence.stream().noneMatch(e -> e.value() != null && Leads.countsWhatIsAsked(read, e, this::namedAfter))) {
        return refused(asked, language, Refusal.COUNTED); // "how many gangs?" is not answered by "400 Kenyan police officers"
      }
    }
    if (wanted(read) == Mention.Kind.DATE && TimeFrame.asksFuture(read.meaning())
        && first(evidence, MAX_QUOTES).stream().allMatch(e -> e.value() == null && !TimeFrame.setsCondition(e.text()))) {
      return refused(asked, language, Refusal.FUTURE); // "when will it end?": no quote holds a date that has not passed, nor what it waits on
    }
    List<Evidence> strong = strong(evidence);
    boolean aboutSomeone = read.kind() == QuestionKind.PERSON && roles().namesOnlyPeople(read);
    // how a figure changed is told by every figure quoted, not only by those scored nearly as high as the best; so is
    // whether the figure of a strong quote is still the latest
    List<Evidence> told = (time.overTime() || time.latest()) && !strong.isEmpty() ? first(evidence, MAX_QUOTES) : strong;
    String lead = aboutSomeone || !strong.isEmpty() && hedges(strong.get(0)) ? "" : Leads.write(read, told, time.latest(), language);
    return new Answer(asked, Outcome.ANSWERED, lead, quotes(read, evidence, lead, hits), language.code());
  }

  /**
   * Which outlet put out the news a question names ("which news agency is the story on the Kenyan
   * arrival from?"): the outlet the record of the article that answers what it names gives, dated,
   * with that article's passages as quotes; not answered when no article tells of it, or when that
   * article's outlet is not known.
   */
  private Answer outlet(String asked, String about, TimeFrame time, SourceFrame source, Language language) {
    Reading reading = reading(about, about, time, source);
    if (!reading.answered()) {
      return refused(asked, language, Refusal.DECISION);
    }
    Article article = reading.hits().get(0).passage().article();
    if (article.outlet() == null || article.outlet().isBlank()) {
      return refused(asked, language, Refusal.OUTLET);
    }
    List<Evidence> evidence = first(choose(reading.question(), reading.hits().stream()
        .filter(h -> h.passage().article().equals(article)).toList()), MAX_QUOTES).stream()
        .map(e -> new Evidence(e.hit(), List.of())).toList(); // the outlet is the answer: no other value is marked
    String lead = Leads.outlet(article, language);
    return new Answer(asked, Outcome.ANSWERED, lead, quotes(reading.question(), evidence, lead, reading.hits()),
        language.code());
  }

  /**
   * For a question that asks two things ("how many officers came first and where did they land"):
   * the best quote for each part, then the whole question's (if it was answered as one), when the
   * articles answer every part; else nothing, and the question is answered as one or not at all.
   */
  private List<Evidence> eachPart(String english, List<Evidence> whole, SourceFrame source) {
    List<String> parts = Questions.parts(english);
    if (parts.size() < 2) {
      return List.of();
    }
    List<Evidence> out = new ArrayList<>();
    for (String part : parts) {
      TimeFrame time = TimeFrame.of(part);
      Reading reading = reading(part, part, time, source);
      if (!reading.answered()) {
        return List.of();
      }
      ordered(time, choose(reading.question(), reading.hits())).stream()
          .filter(e -> !overlapsAny(e.hit(), out)).findFirst().ifPresent(out::add);
    }
    for (Evidence e : whole) {
      if (out.size() < MAX_QUOTES && !overlapsAny(e.hit(), out)) {
        out.add(e);
      }
    }
    return first(out, MAX_QUOTES);
  }

  /** The articles a question may name, read on the first question (a benign race may read them twice). */
  private SourceFrame.Catalog catalog() {
    SourceFrame.Catalog read = catalog;
    if (read == null) {
      read = new SourceFrame.Catalog(searcher.passages().stream().map(Passage::article).distinct().toList());
      catalog = read;
    }
    return read;
  }

  /**
   * What a short form the articles define stands for ("what does MSS stand for?"): its definition as
   * the articles write it, and the sentences that define it, one an article, those the search ranks
   * highest for the question first, then the newest.
   */
  private Answer defined(String asked, String shortForm, String english, Language language) {
    List<Passage> ranked = searcher.search(searcher.read(english)).stream().map(Hit::passage).toList();
    List<Acronyms.Definition> definitions = new ArrayList<>(acronyms().definitions(shortForm));
    definitions.sort(Comparator.comparingInt((Acronyms.Definition d) -> {
      int rank = ranked.indexOf(d.passage());
      return rank < 0 ? Integer.MAX_VALUE : rank;
    }).thenComparing(d -> d.passage().article().published(), Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())));
    List<Quote> quotes = new ArrayList<>();
    Set<Article> cited = new HashSet<>();
    for (Acronyms.Definition d : definitions) {
      if (quotes.size() < MAX_QUOTES && cited.add(d.passage().article())) {
        quotes.add(new Quote(d.passage().text(), Citation.of(d.passage().article()), List.of(d.longSpan())));
      }
    }
    return new Answer(asked, Outcome.ANSWERED, definitions.get(0).written(), quotes, language.code());
  }

  /** The short forms these articles define, read on the first question that may ask one. */
  private Acronyms acronyms() {
    Acronyms read = acronyms;
    if (read == null) {
      read = Acronyms.of(searcher.passages());
      acronyms = read;
    }
    return read;
  }

  /** The holders of roles in these articles, read on the first question about one. */
  private RoleHolders roles() {
    RoleHolders read = roles;
    if (read == null) {
      read = RoleHolders.of(searcher.passages(), searcher::isTopical);
      roles = read;
    }
    return read;
  }

  /** The evidence with this one first, without any quote that shares its text, at most {@link #MAX_QUOTES}. */
  private static List<Evidence> withFirst(Evidence first, List<Evidence> evidence) {
    List<Evidence> out = new ArrayList<>(List.of(first));
    for (Evidence e : evidence) {
      if (out.size() < MAX_QUOTES && !overlapsAny(e.hit(), out)) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * A question as read, the hits for it within its time frame, whether they answer it, whether it asks
   * for the current holder of a role, and the holder that the hits name (empty when they name none).
   */
  private record Reading(Question question, List<Hit> hits, boolean answered, TimeFrame time, boolean asksRole,
                         Optional<Evidence> holder) {}

  /**
   * The question read within its time frame, which an event it names dates when no date does ("when
   * the Kenyans arrived": the month the articles first report it), from the article it names.
   */
  private Reading dated(String english, TimeFrame time, SourceFrame source) {
    TimeFrame.Event event = TimeFrame.event(english);
    LocalDate reported = event == null ? null : reported(event);
    TimeFrame framed = reported != null && !time.bounded() ? time.inMonthOf(reported) : time;
    return reading(english, reported == null ? english : event.outOf(english), framed, source);
  }

  /**
   * "in March 2024" is met by an article of that month as much as by a sentence that says it: the
   * question is read without those words, and with them when that reading is not answered. So too,
   * first without an event's clause that dates the question
   * ("when the Kenyans arrived": the time frame takes care of it), then, if that is not answered, whole
   * ("how did his guards react when he was murdered" asks about the event itself).
   */
  private Reading reading(String english, String undated, TimeFrame time, SourceFrame source) {
    String stretchless = TimeFrame.withoutStretch(undated);
    String unchanged = time.overTime() ? TimeFrame.withoutChange(stretchless) : stretchless;
    String unbounded = time.latest() ? TimeFrame.withoutNow(unchanged) : unchanged;
    Reading first = reading(time, source, unbounded.isBlank() ? english : unbounded);
    return first.answered() || unbounded.equals(english) ? first : reading(time, source, english);
  }

  /**
   * The question read, its hits within the time frame and from the article it names, and whether they
   * answer it: the decision says so, or the hits name a current holder of the role asked about, with the
   * role's title and of the country asked ("who is the current prime minister?": the answer leads with
   * the holder, though a sentence on another country's prime minister may match the words better and
   * is what the decision weighs). Over the 4,928 training questions read on both corpora, 45 readings
   * named such a holder, and 43 of them were of questions the articles answer, with the answer among
   * the first three passages; the other two asked about a NATO and a CARICOM secretary-general,
   * written as unanswerable before a training article that names them was added.
   */
  private Reading reading(TimeFrame time, SourceFrame source, String text) {
    Question read = searcher.read(text);
    List<Hit> hits = source.restrict(time.restrict(searcher.search(read)));
    boolean asksRole = RoleHolders.asks(read, time) && roles().isRole(read);
    Optional<Evidence> holder = asksRole && !hits.isEmpty()
        ? roles().holder(read, hits, searcher::matchOffsets, MENTIONS::get) : Optional.empty();
    return new Reading(read, hits, holder.isPresent() || decision.answers(read, hits, givesValue(read, hits)), time,
        asksRole, holder);
  }

  /** The opening sentences of the newest articles, newest first: what "what's going on?" gets. */
  private Answer overview(String asked, Language language) {
    List<Quote> quotes = searcher.openings(OVERVIEW_ARTICLES).stream()
        .map(p -> new Quote(p.text(), Citation.of(p.article()), List.of())).toList();
    return quotes.isEmpty() ? notInArticles(asked, language)
        : new Answer(asked, Outcome.OVERVIEW, Messages.get(language, "overview"), quotes, language.code());
  }

  private static Answer notInArticles(String asked, Language language) {
    return refused(asked, language, null);
  }

  /** "The articles don't say", saying for people tuning the engine which check found it (null: none did). */
  private static Answer refused(String asked, Language language, Refusal check) {
    return new Answer(asked, Outcome.NOT_IN_ARTICLES, Messages.get(language, "not_in_articles"), List.of(),
        language.code(), check);
  }

  /** The language of a cleaned question, read from its first characters only (a 100 kB paste is refused, not analysed). */
  private static Language language(String question, Language hint) {
    return question.isEmpty() ? (hint == null ? Language.ENGLISH : hint)
        : LanguageReader.shared().read(question.substring(0, Math.min(question.length(), LANGUAGE_SAMPLE)), hint);
  }

  /**
   * A cleaned question read into English words: itself, with chat shorthand spelt out, when it is
   * English; else through its language's glossary, where a word the articles hold is no typo.
   */
  private String english(String question, Language language) {
    String figures = Questions.spellFigures(question, language == Language.ENGLISH);
    return language == Language.ENGLISH ? ChatShorthand.shared().expand(figures)
        : LanguageReader.shared().glossary(language).translate(figures, searcher::holdsWord);
  }

  /**
   * A report of how the question was read and ranked, for people tuning the search: a French or
   * Creole question as it was read into English, as {@link #answer} reads it.
   */
  public String explain(String asked) {
    String question = Questions.clean(asked);
    Language language = language(question, null);
    String english = english(question, language);
    SourceFrame source = SourceFrame.of(english, catalog());
    Reading reading = framed(english, source);
    Question read = reading.question();
    StringBuilder out = new StringBuilder(language == Language.ENGLISH ? ""
        : "read from " + language.code() + " as: " + english + "\n");
    Answer answer = answer(asked);
    out.append("outcome " + answer.outcome().name().toLowerCase(Locale.ROOT)
        + (answer.refusal() == null ? "" : ", refused by the " + answer.refusal().label() + " check") + "\n");
    out.append("kinds " + read.kinds() + "\ndecision " + explainDecision(read, reading.hits()) + "\n");
    if (!read.text().strip().equals(english.strip()) || reading.time().bounded() || !source.articles().isEmpty()) {
      // what the answer reads apart from the words: an article named, a date or an event that frames it
      out.append(String.format(Locale.ROOT, "searched as: %s%n  time %s; from %s%n", read.text().strip(), reading.time(),
          source.articles().isEmpty() ? "any article" : String.join(", ", source.articles())));
    }
    read.concepts().forEach(c -> out.append(String.format(Locale.ROOT, "  %-16s stem=%-12s w=%.2f%s%s%s%n",
        c.word(), c.stem(), c.weight(), c.known() ? "" : " UNKNOWN", c.corrected() ? " corrected" : "",
        c.name() ? " name" : "")));
    for (Hit hit : first(reading.hits(), 12)) {
      out.append(String.format(Locale.ROOT, "%7.3f cov=%.2f%s %s%n        holds %s; bm25 #%d vector #%d sim %.3f topic %.3f%n",
          hit.score(), hit.coverage(), hit.quotesPrevious() ? " +prev" : "", abbreviate(hit.passage().text()),
          hit.matched().stream().map(Concept::word).toList(), hit.signals().lexicalRank(), hit.signals().semanticRank(),
          hit.signals().similarity(), hit.signals().topicality()));
    }
    return out.toString();
  }

  /** The answer-or-abstain probability and the best passage, on one line, for people tuning the models. */
  public String explainDecision(String asked) {
    Searched searched = searched(asked);
    return explainDecision(searched.question(), searched.hits());
  }

  /**
   * A question and its hits as {@link #answer} reads and searches it whole: cleaned, chat shorthand
   * spelt out, a French or Creole one read into English, a named article or a date taken as a frame.
   * What the decision is trained on must be read the same way as what it decides.
   *
   * @param question the question as searched
   * @param hits what the search found for it, best first
   */
  public record Searched(Question question, List<Hit> hits) {}

  /** The question read and searched as {@link #answer} does for a question of one part. */
  public Searched searched(String asked) {
    String question = Questions.clean(asked);
    String english = english(question, language(question, null));
    Reading reading = framed(english, SourceFrame.of(english, catalog()));
    return new Searched(reading.question(), reading.hits());
  }

  /** A question in English read without the article it names, within the time or event that dates it. */
  private Reading framed(String english, SourceFrame source) {
    String unsourced = source.outOf(english);
    return dated(unsourced, TimeFrame.of(unsourced), source);
  }

  private String explainDecision(Question read, List<Hit> hits) {
    if (hits.isEmpty()) {
      return "no hits";
    }
    Hit top = hits.get(0);
    boolean gives = givesValue(read, hits);
    return String.format(Locale.ROOT, "p=%.2f [%s] top %.2f sim %.3f cov %.2f: %s", decision.probability(read, hits, gives),
        String.join(" ", java.util.Arrays.stream(Decision.features(read, hits, gives)).limit(Decision.SUMMARY.size())
            .mapToObj(v -> String.format(Locale.ROOT, "%.2f", v)).toList()),
        top.score(), top.signals().similarity(), top.coverage(), abbreviate(top.quoteText()));
  }

  private static String abbreviate(String text) {
    return text.length() <= 110 ? text : text.substring(0, 110) + "\u2026";
  }

  /** The best distinct passages, up to {@link #CANDIDATE_QUOTES}, each with the values it holds. */
  private List<Evidence> choose(Question question, List<Hit> hits) {
    List<Evidence> eligible = eligible(question, hits, CANDIDATE_QUOTES);
    return Leads.isFigure(wanted(question)) ? withEachFigure(eligible) : first(eligible, MAX_QUOTES);
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
  private List<Evidence> overTime(Question question, List<Hit> hits) {
    if (Leads.isFigure(wanted(question))) {
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
      return first(eligible, MAX_QUOTES); // "how had Kenya changed its plans?": a deed, which the ranker's order tells
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
      if (chosen.size() < MAX_QUOTES && !chosen.contains(e)) {
        chosen.add(e);
      }
    }
    return chosen;
  }

  /** How many of the best passages may hold the sentence that settles a yes/no question. */
  private static final int SETTLING_CANDIDATES = 12;
  /** How many words may stand between a denial and the question's word it denies ("not been used"). */
  private static final int DENIAL_REACH = 3;

  /**
   * For a yes/no question ("have the armored vehicles been used to break the blockades yet?"): the
   * evidence with the sentence that settles it second, after the best, when the quotes lack one and the
   * best passages hold it. A sentence settles it when it denies one of the question's words ("So far, the
   * vehicles have not been used for either purpose."), stands in the best passage's article, and holds
   * two words of the question or more; such a sentence leans on the one before for what it is about, so
   * the search ranks it below those that repeat the question's words ("... the armored vehicles Canada
   * delivered ... are to be used to break the blockades"), which stays first to say what it is about.
   */
  private List<Evidence> withSettling(Question question, List<Evidence> evidence, List<Hit> hits) {
    List<Evidence> quoted = first(evidence, MAX_QUOTES);
    if (quoted.stream().anyMatch(e -> deniesAsked(e.hit()))) {
      return evidence; // a quote settles it already
    }
    Article article = quoted.get(0).hit().passage().article();
    return first(hits, SETTLING_CANDIDATES).stream()
        .filter(h -> h.passage().article().equals(article) && h.matched().size() >= 2 && !overlapsAny(h, quoted)
            && deniesAsked(h))
        .findFirst().map(h -> {
          List<Evidence> out = new ArrayList<>(evidence);
          out.add(1, new Evidence(h, values(question, h)));
          return first(out, Math.max(MAX_QUOTES, evidence.size())); // the last quote gives way
        }).orElse(evidence);
  }

  /** Whether the hit's sentence denies one of the question's words: "not" at most three words before it. */
  private boolean deniesAsked(Hit hit) {
    String text = hit.passage().text();
    List<int[]> denials = Questions.denials(text);
    return !denials.isEmpty() && searcher.matchOffsets(hit).stream().anyMatch(at -> denials.stream()
        .anyMatch(d -> d[1] <= at && text.substring(d[1], at).strip().split("\\s+").length <= DENIAL_REACH));
  }

  /** The kinds of figure (an amount, a share, a count) told with a measure that the evidence's quote states. */
  private static Set<Mention.Kind> figures(Evidence e) {
    String text = e.hit().quoteText();
    Set<Mention.Kind> kinds = EnumSet.noneOf(Mention.Kind.class);
    MENTIONS.get(text).stream().filter(m -> Leads.isFigure(m.kind()) && !Leads.isVague(m, text))
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
        Evidence window = new Evidence(hit, values(question, hit));
        if (!taken.hit().matched().containsAll(hit.matched()) || (taken.value() == null && window.value() != null)) {
          // the window starts where the taken sentence did, so values found there keep their offsets
          eligible.set(previous, taken.value() != null ? new Evidence(hit, taken.values()) : window);
        }
      } else if (!overlapsAny(hit, eligible)) {
        eligible.add(new Evidence(hit, values(question, hit)));
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
    return hit.signals().articleScope() >= ON_TOPIC;
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
  private static boolean overlapsAny(Hit hit, List<Evidence> taken) {
    var p = hit.passage();
    int start = hit.quoteStart();
    return taken.stream().map(Evidence::hit).anyMatch(t -> t.passage().article() == p.article()
        && t.quoteStart() < p.end() && start < t.passage().end());
  }

  /** Best first, but every distinct figure among the strong candidates gets a place. */
  private static List<Evidence> withEachFigure(List<Evidence> eligible) {
    List<Evidence> chosen = new ArrayList<>(first(Leads.distinctFigures(strong(eligible)), MAX_QUOTES));
    chosen.sort(Leads.distinctFigures(chosen).size() > 1 ? AnswerEngine::compareNewestFirst
        : (a, b) -> Double.compare(b.hit().score(), a.hit().score()));
    for (Evidence e : eligible) {
      if (chosen.size() < MAX_QUOTES && !chosen.contains(e)) {
        chosen.add(e); // after the figures, in the ranker's order: context, not a figure of the lead
      }
    }
    return chosen;
  }

  /** The strong evidence in the order the time frame asks for (newest first for "latest"), then the rest. */
  private static List<Evidence> ordered(TimeFrame time, List<Evidence> evidence) {
    List<Evidence> strong = strong(evidence);
    List<Evidence> out = new ArrayList<>(time.order(strong));
    evidence.stream().filter(e -> !strong.contains(e)).forEach(out::add);
    return out;
  }

  /**
   * The evidence nearly as likely to answer as the best (half its probability or more), less what is
   * off the bot's topic where the topic's own articles say as much: what a lead may draw on.
   */
  private static List<Evidence> strong(List<Evidence> evidence) {
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

  /** How far after a count the noun it counts may stand, in characters: "1,000 police officers", "400 Kenyan police officers". */
  private static final int COUNTED_REACH = 30;

  /**
   * Whether a word of the question matches, synonyms included, just after the evidence's count: "cops"
   * after "up to 1,000" in "... number up to 1,000 police officers".
   */
  private boolean namedAfter(Evidence evidence, String word) {
    Hit hit = evidence.hit();
    List<Concept> concepts = hit.matched().stream().filter(c -> c.word().equals(word)).toList();
    int end = evidence.value().end();
    return !concepts.isEmpty() && searcher.matchOffsets(hit, concepts).stream().map(o -> o + hit.quoteOffset())
        .anyMatch(o -> o >= end && o <= end + COUNTED_REACH);
  }

  /** Whether one of the first hits holds a value of the kind asked for that the question does not name itself. */
  public boolean givesValue(Question question, List<Hit> hits) {
    return wanted(question) != null && first(hits, MAX_QUOTES).stream().anyMatch(h -> !values(question, h).isEmpty());
  }

  /** The mentions in the hit's quote that answer the question, nearest to the question's words first. */
  private List<Mention> values(Question question, Hit hit) {
    Mention.Kind wanted = wanted(question);
    if (wanted == null) {
      return List.of();
    }
    String text = hit.quoteText();
    List<Integer> anchors = searcher.matchOffsets(hit).stream().map(a -> a + hit.quoteOffset()).toList();
    List<Mention> values = new ArrayList<>();
    String region = wanted == Mention.Kind.COUNTRY ? Attribution.regionAsked(question.text()) : null;
    for (Mention m : MENTIONS.get(text)) {
      if (m.kind() == wanted && !askedAbout(question, m.in(text)) && !Leads.isAttributive(question, m, text)
          && !isTopicalCountry(wanted, m.in(text)) && Attribution.inRegionAsked(region, m.in(text))
          && (wanted != Mention.Kind.DATE || !pastForFuture(question, text, m, hit) && !datesAnother(question, text, m))) {
        values.add(m);
      }
    }
    // a share told in words ("much of") comes after a measured one ("80%") wherever it stands
    values.sort(java.util.Comparator.comparing((Mention m) -> Leads.isVague(m, text))
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
    java.time.LocalDate last = TimeFrame.lastDay(date.in(text));
    if (last == null) {
      last = TimeFrame.weekday(text, date, hit.passage().article());
    }
    return last != null && published != null && !last.isAfter(published);
  }

  /**
   * Whether a year stands before a noun as its attribute, and that noun is not asked about: "the 2021
   * assassination" dates the assassination, not the resignation beside it.
   */
  private static boolean datesAnother(Question question, String text, Mention date) {
    java.util.regex.Matcher attributive = ATTRIBUTIVE_YEAR.matcher(text).region(Math.max(0, date.start() - 4), text.length());
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
  private boolean hedges(Evidence evidence) {
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

  private static Mention.Kind wanted(Question question) {
    return question.kind().wants();
  }

  /**
   * The quotes, each with its answer highlighted only where the lead states that answer, and each
   * carried on by the sentence after it when that one was found leaning on it ({@code candidates}).
   */
  private static List<Quote> quotes(Question question, List<Evidence> evidence, String lead, List<Hit> candidates) {
    List<Hit> shown = evidence.stream().map(Evidence::hit).toList();
    return evidence.stream().map(e -> quote(question, e, lead, follower(e.hit(), candidates, shown))).toList();
  }

  /**
   * The sentence after a quoted one that the search found only with it ("This funding is directed
   * towards ..." after "Canada pledged $123 million"): what the quote is about goes on there; null
   * when none, or when another quote holds that sentence already (or leans on it).
   */
  private static Passage follower(Hit hit, List<Hit> candidates, List<Hit> shown) {
    Passage quoted = hit.passage();
    return candidates.stream().filter(Hit::leansOnPrevious).map(Hit::passage)
        .filter(p -> p.article().equals(quoted.article()) && p.previousStart() == quoted.start()
            && shown.stream().noneMatch(q -> q.passage().article().equals(p.article())
                && q.quoteStart() < p.end() && p.start() < q.passage().end()))
        .findFirst().orElse(null);
  }

  private static Quote quote(Question question, Evidence e, String lead, Passage follower) {
    String folded = lead.toLowerCase(Locale.ROOT); // the lead capitalises what it takes: "Earlier this week"
    List<Span> highlights = Leads.shown(question, e).stream()
        .filter(m -> !lead.isEmpty() && folded.contains(MentionFinder.withoutPossessive(m.in(e.text())).toLowerCase(Locale.ROOT)))
        .map(m -> new Span(m.start(), m.end())).toList();
    Hit hit = e.hit();
    String text = follower == null ? hit.quoteText()
        : hit.passage().article().body().substring(hit.quoteStart(), follower.end());
    return new Quote(text, Citation.of(hit.passage().article()), highlights);
  }

  private static <T> List<T> first(List<T> list, int n) {
    return list.size() <= n ? list : list.subList(0, n);
  }
}
