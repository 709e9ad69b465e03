package org.missionbot.answer;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.missionbot.search.Hit;
import org.missionbot.search.PassageSearcher;
import org.missionbot.search.Question;

/**
 * A reader of questions within the frames that narrow them (the time asked of, an event of the
 * articles that dates it, the article named): a question becomes its hits and whether they answer it,
 * a {@link Reading}.
 */
final class FramedReader {

  private final PassageSearcher searcher;
  private final Decision decision;
  private final ValueReader values;
  private final ArticleTables tables;

  FramedReader(PassageSearcher searcher, Decision decision, ValueReader values, ArticleTables tables) {
    this.searcher = searcher;
    this.decision = decision;
    this.values = values;
    this.tables = tables;
  }

  /** A question in English read without the article it names, within the time or event that dates it. */
  Reading framed(String english, SourceFrame source) {
    String unsourced = source.outOf(english);
    return dated(unsourced, TimeFrame.of(unsourced), source);
  }

  /**
   * The question read within its time frame, which an event it names dates when no date does ("when
   * the Kenyans arrived": the month the articles first report it), from the article it names. An event
   * on one side of which it asks ("before the Kenyans arrived") dates nothing; its clause, as any
   * event's the articles report, is first read as no words of the question.
   */
  Reading dated(String english, TimeFrame time, SourceFrame source) {
    Event event = Event.in(english);
    LocalDate reported = event == null ? null : reported(event);
    TimeFrame framed = reported == null || !event.at() ? time : !time.bounded() ? time.inMonthOf(reported)
        : TimeFrame.asksAtTimeThenEvent(english) ? time.through(reported) : time;
    return reading(english, reported == null ? english : event.outOf(english), framed, source);
  }

  /**
   * The day the articles first report an event a question is dated by ("the Kenyans arrived"): the
   * earliest date of an article on the bot's topic with a passage that holds every word of it (later
   * articles recount it); null when no such passage does. An article on another subject dates none of
   * the mission's events: "when he declared Canada's full support" reads as the deed "he declared",
   * which an article on Ecuador's gangs, months earlier, also holds.
   */
  private LocalDate reported(Event event) {
    return searcher.search(searcher.read(event.words())).stream().filter(h -> h.coverage() >= 1)
        .filter(EvidenceChooser::onTopic)
        .map(h -> h.passage().article().published()).filter(Objects::nonNull)
        .min(Comparator.naturalOrder()).orElse(null);
  }

  /**
   * "in March 2024" is met by an article of that month as much as by a sentence that says it: the
   * question is read without those words, and with them when that reading is not answered. So too,
   * first without an event's clause that dates the question
   * ("when the Kenyans arrived": the time frame takes care of it), then, if that is not answered, whole
   * ("how did his guards react when he was murdered" asks about the event itself).
   */
  Reading reading(String english, String undated, TimeFrame time, SourceFrame source) {
    String stretchless = TimeFrame.withoutStretch(undated);
    String unchanged = time.overTime() ? TimeFrame.withoutChange(stretchless) : stretchless;
    String unbounded = time.latest() ? TimeFrame.withoutNow(unchanged) : unchanged;
    Reading first = readOnce(time, source, unbounded.isBlank() ? english : unbounded);
    return first.answered() || unbounded.equals(english) ? first : readOnce(time, source, english);
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
   *
   * <p>The decision weighs each passage an answer would quote as if it came first, and the first it
   * takes that holds the thing asked leads ({@link Decision#lead}): "where did the first Kenyan
   * contingent land?" is led not by its best match, "The first contingent ... has arrived in Haiti"
   * (the question's own place), but by the second, "landed in Port-au-Prince", which lacks only
   * "contingent". (Weighing the passages after the best when the decision did not take it found 28
   * more answers on the calibration questions than the best passage alone, with the logistic decision.)
   */
  private Reading readOnce(TimeFrame time, SourceFrame source, String text) {
    Question read = searcher.read(text);
    List<Hit> hits = Decision.askedFirst(read, source.restrict(time.restrict(searcher.search(read))));
    boolean asksRole = RoleHolders.asks(read, time) && tables.roles().isRole(read);
    Optional<Evidence> holder = asksRole && !hits.isEmpty()
        ? tables.roles().holder(read, hits, searcher::matchOffsets, Mentions::of) : Optional.empty();
    if (holder.isPresent()) {
      return new Reading(read, hits, true, time, asksRole, holder, hits);
    }
    boolean givesValue = values.givesValue(read, hits); // read over the quoted hits, whichever of them leads
    int lead = decision.lead(read, hits, givesValue, AnswerEngine.MAX_QUOTES);
    return lead < 0 ? new Reading(read, hits, false, time, asksRole, holder, hits)
        : new Reading(read, lead == 0 ? hits : Decision.ledBy(hits, lead), true, time, asksRole, holder, hits);
  }
}
