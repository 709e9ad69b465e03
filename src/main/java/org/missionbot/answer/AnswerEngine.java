package org.missionbot.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.missionbot.answer.Answer.Outcome;
import org.missionbot.answer.Answer.Refusal;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Mention;
import org.missionbot.corpus.Passage;
import org.missionbot.search.Concept;
import org.missionbot.search.Hit;
import org.missionbot.search.Language;
import org.missionbot.search.LanguageReader;
import org.missionbot.search.PassageSearcher;
import org.missionbot.search.Question;
import org.missionbot.search.QuestionKind;
import org.missionbot.search.QuestionWords;

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
  /** How many characters of a question its language is read from. */
  private static final int LANGUAGE_SAMPLE = 300;

  private final PassageSearcher searcher;
  private final Decision decision;
  private final ValueReader values;
  private final EvidenceChooser chooser;
  private final ArticleTables tables;
  private final Overview overview;
  private final FramedReader reader;

  public AnswerEngine(PassageSearcher searcher) {
    this(searcher, Decision.trained());
  }

  /** An engine that decides with the given model (the train command tries its own). */
  public AnswerEngine(PassageSearcher searcher, Decision decision) {
    this.searcher = searcher;
    this.decision = decision;
    this.values = new ValueReader(searcher);
    this.chooser = new EvidenceChooser(searcher, values);
    this.tables = new ArticleTables(searcher);
    this.overview = new Overview(searcher);
    this.reader = new FramedReader(searcher, decision, values, tables);
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
      return overview.of(asked, language, TimeFrame.ANY, refused(asked, language, null));
    }
    if (talk != null) {
      return Answer.unanswered(asked, Outcome.SMALL_TALK, Messages.get(language, talk.key()), language.code());
    }
    Answer answer = answerRead(asked, english, language);
    if (!answer.answered() && Overview.asksOf(english)) {
      // "what happened in March 2024?": no sentence of that time answers it, so what its articles open with
      return overview.of(asked, language, TimeFrame.of(english), answer);
    }
    return answer;
  }

  /** Answers a question read into English words. */
  private Answer answerRead(String asked, String whole, Language language) {
    SourceFrame source = SourceFrame.of(whole, tables.catalog());
    String english = source.outOf(whole);
    TimeFrame time = TimeFrame.of(english);
    String outletOf = SourceFrame.outletAskedOf(whole); // "the story on the Kenyan arrival" both names the article and asks its outlet
    if (outletOf != null) {
      return outlet(asked, outletOf, time, source, language);
    }
    // the articles' short forms are read only for a question that may ask one
    String shortForm = Acronyms.mayAsk(english) && Questions.parts(english).size() < 2 ? tables.acronyms().askedOf(english) : null;
    if (shortForm != null) {
      return defined(asked, shortForm, english, language);
    }
    Reading reading = reader.dated(english, time, source);
    time = reading.time();
    Question read = reading.question();
    List<Hit> hits = reading.hits();
    if (reading.answered() && !AskedChecks.holdsTheOrdinals(read, hits.get(0))) {
      return refused(asked, language, Refusal.ORDINAL); // "when did the second contingent land?" is not answered by the first's landing
    }
    List<Evidence> evidence = reading.answered() ? EvidenceChooser.ordered(time, time.overTime() ? chooser.overTime(read, hits) : chooser.choose(read, hits))
        : List.of();
    if ((QuestionWords.asksWhether(english) || QuestionWords.asksWhether(asked)) && !evidence.isEmpty()) {
      evidence = chooser.withSettling(read, evidence, hits);
    }
    List<Evidence> eachPart = eachPart(english, evidence, source);
    if (!eachPart.isEmpty()) {
      return new Answer(asked, Outcome.ANSWERED, "", Quotes.of(read, eachPart, "", hits), language.code());
    }
    if (!reading.answered()) {
      return refused(asked, language, Refusal.DECISION);
    }
    if (RoleHolders.asksSuccession(read) && tables.roles().asksAfterTheNewest(read, hits, searcher::matchOffsets, Mentions::of)) {
      return refused(asked, language, Refusal.SUCCESSION); // "who replaced Conille as prime minister?": no article names one after him
    }
    if (!AskedChecks.statesTheDeed(read, hits.get(0), this::checkable)) {
      return refused(asked, language, Refusal.DEED); // "who chairs the council?" is not answered by "a council was installed",
      // "what did Davis say on the call?" by "Ruto spoke with Davis"
    }
    if (!AskedChecks.namesTheAskedType(read, hits.get(0), this::checkable)) {
      return refused(asked, language, Refusal.ASKED_TYPE); // "which court blocked it?" is not answered by "legal challenges"
    }
    if (!AskedChecks.namesTheNamed(read, hits.get(0))) {
      return refused(asked, language, Refusal.NAMED); // "the name of the main oil terminal" is not "the main oil terminal"
    }
    if (reading.asksRole()) {
      Optional<Evidence> holder = reading.holder();
      List<Evidence> chosen = evidence;
      List<Evidence> quoted = holder.map(h -> EvidenceChooser.withFirst(h, chosen)).orElse(EvidenceChooser.first(chosen, MAX_QUOTES));
      // no one named in the role: quotes alone, not a name that merely stands near the question's words
      String lead = holder.map(h -> Leads.holder(h, language)).orElse("");
      return new Answer(asked, Outcome.ANSWERED, lead, Quotes.of(read, quoted, lead, hits), language.code());
    }
    if (Leads.isFigure(ValueReader.wanted(read))) {
      evidence = Attribution.ofAskedCountry(read, evidence, searcher::isTopical);
      // "did Trump freeze Washington's funding?" asks whether it was done, which a sentence settles with or without
      // the figure; "did Canada increase its pledge?" asks how the figure changed
      if (time.overTime() || !QuestionWords.asksOnlyWhetherDone(english)) {
        if (!Attribution.givesFigure(read, evidence, hits.get(0), searcher::isTopical)) {
          return refused(asked, language, Refusal.HOLDER);
        }
        if (evidence.stream().noneMatch(e -> e.value() != null && Counts.countsWhatIsAsked(read, e, values::namedAfter))) {
          return refused(asked, language, Refusal.COUNTED); // "how many gangs?" is not answered by "400 Kenyan police officers"
        }
      }
    }
    if (ValueReader.wanted(read) == Mention.Kind.DATE && TimeFrame.asksFuture(read.meaning())
        && EvidenceChooser.first(evidence, MAX_QUOTES).stream().allMatch(e -> e.value() == null && !WrittenDates.setsCondition(e.text()))) {
      return refused(asked, language, Refusal.FUTURE); // "when will it end?": no quote holds a date that has not passed, nor what it waits on
    }
    List<Evidence> strong = EvidenceChooser.strong(evidence);
    boolean aboutSomeone = read.kind() == QuestionKind.PERSON && tables.roles().namesOnlyPeople(read);
    // how a figure changed is told by every figure quoted, not only by those scored nearly as high as the best; so is
    // whether the figure of a strong quote is still the latest; but no quote's value that is of something it
    // names and the question does not ("how long is the mission?": not MINUSTAH's 13 years)
    List<Evidence> told = ((time.overTime() || time.latest()) && !strong.isEmpty() ? EvidenceChooser.first(evidence, MAX_QUOTES)
        : strong).stream().filter(e -> !Attribution.ofAnotherNamed(read, e)).toList();
    String lead = aboutSomeone || !strong.isEmpty() && values.hedges(strong.get(0)) ? "" : Leads.write(read, told, time.latest(), language);
    return new Answer(asked, Outcome.ANSWERED, lead, Quotes.of(read, evidence, lead, hits), language.code());
  }

  /**
   * Which outlet put out the news a question names ("which news agency is the story on the Kenyan
   * arrival from?"): the outlet the record of the article that answers what it names gives, dated,
   * with that article's passages as quotes; not answered when no article tells of it, or when that
   * article's outlet is not known.
   */
  private Answer outlet(String asked, String about, TimeFrame time, SourceFrame source, Language language) {
    Reading reading = reader.reading(about, about, time, source);
    if (!reading.answered()) {
      return refused(asked, language, Refusal.DECISION);
    }
    Article article = reading.hits().get(0).passage().article();
    if (article.outlet() == null || article.outlet().isBlank()) {
      return refused(asked, language, Refusal.OUTLET);
    }
    List<Evidence> evidence = EvidenceChooser.first(chooser.choose(reading.question(), reading.hits().stream()
        .filter(h -> h.passage().article().equals(article)).toList()), MAX_QUOTES).stream()
        .map(e -> new Evidence(e.hit(), List.of())).toList(); // the outlet is the answer: no other value is marked
    String lead = Leads.outlet(article, language);
    return new Answer(asked, Outcome.ANSWERED, lead, Quotes.of(reading.question(), evidence, lead, reading.hits()),
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
      Reading reading = reader.reading(part, part, time, source);
      if (!reading.answered()) {
        return List.of();
      }
      EvidenceChooser.ordered(time, chooser.choose(reading.question(), reading.hits())).stream()
          .filter(e -> !EvidenceChooser.overlapsAny(e.hit(), out)).findFirst().ifPresent(out::add);
    }
    for (Evidence e : whole) {
      if (out.size() < MAX_QUOTES && !EvidenceChooser.overlapsAny(e.hit(), out)) {
        out.add(e);
      }
    }
    return EvidenceChooser.first(out, MAX_QUOTES);
  }

  /**
   * What a short form the articles define stands for ("what does MSS stand for?"): its definition as
   * the articles write it, and the sentences that define it, one an article, those the search ranks
   * highest for the question first, then the newest.
   */
  private Answer defined(String asked, String shortForm, String english, Language language) {
    List<Passage> ranked = searcher.search(searcher.read(english)).stream().map(Hit::passage).toList();
    List<Acronyms.Definition> definitions = new ArrayList<>(tables.acronyms().definitions(shortForm));
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
    SourceFrame source = SourceFrame.of(english, tables.catalog());
    Reading reading = reader.framed(english, source);
    return Explanation.of(language, english, answer(asked), reading.question(), reading.hits(), reading.time(), source,
        explainDecision(reading.question(), reading.hits()));
  }

  /** The answer-or-abstain probability and the passage that leads, on one line, for people tuning the models. */
  public String explainDecision(String asked) {
    Reading reading = whole(asked);
    return explainDecision(reading.question(), reading.hits());
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
    Reading reading = whole(asked);
    return new Searched(reading.question(), reading.searched());
  }

  /** The question read as one part, as {@link #answer} reads it. */
  private Reading whole(String asked) {
    String question = Questions.clean(asked);
    String english = english(question, language(question, null));
    return reader.framed(english, SourceFrame.of(english, tables.catalog()));
  }

  /**
   * Whether a question's word can tell a passage that says what is asked: one the articles on the bot's
   * topic use. A word that only an article on another subject has ("documented", "bloc") cannot, as
   * when no article has it, however many such articles are added.
   */
  private boolean checkable(Concept concept) {
    return concept.known() && !searcher.heldOffTopicOnly(concept.stem());
  }

  private String explainDecision(Question read, List<Hit> hits) {
    return Explanation.decision(decision, read, hits, !hits.isEmpty() && givesValue(read, hits));
  }

  /** Whether one of the first hits holds a value of the kind asked for that the question does not name itself. */
  public boolean givesValue(Question question, List<Hit> hits) {
    return values.givesValue(question, hits);
  }

}
