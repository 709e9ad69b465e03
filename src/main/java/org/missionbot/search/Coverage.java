package org.missionbot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.missionbot.corpus.Passage;
import org.missionbot.index.Analysis;

/**
 * How much of a question a proposed passage covers, which is what tells an answer from an unrelated
 * sentence, made into a hit the ranker scores: each concept counts in full where the sentence holds it,
 * less where only its prefix, the sentence before or the article's subject does.
 */
final class Coverage {

  private static final double PREFIX_CREDIT = 0.8;
  private static final double CONTEXT_CREDIT = 0.7;
  private static final double ABOUT_CREDIT = 0.3;
  /** A hit whose previous sentence holds this share of what it covers is quoted with that sentence. */
  private static final double LEANS_ON_PREVIOUS = 0.25;

  private final Ranker ranker;
  private final Documents documents;
  private final QuestionReader questions;

  /** Coverage of the documents' passages, scored by the ranker; the reader tells which names go together. */
  Coverage(Ranker ranker, Documents documents, QuestionReader questions) {
    this.ranker = ranker;
    this.documents = documents;
    this.questions = questions;
  }

  /**
   * The document's passage as a hit: how much of the question it covers, the concepts it matches,
   * whether it leans on the sentence before, and the ranker's score.
   *
   * @param sameName for each concept, the one it forms a person's name with ({@link #sameName}), or -1
   */
  Hit hit(Question question, int doc, Holdings holdings, Signals signals, Signals best, int[] sameName)
      throws IOException {
    double covered = 0;
    double fromPrevious = 0;
    List<Concept> matched = new ArrayList<>();
    List<Concept> concepts = question.concepts();
    boolean[] credited = new boolean[concepts.size()];
    for (int c = 0; c < concepts.size(); c++) {
      double weight = concepts.get(c).weight();
      boolean inText = holdings.holds(Holdings.In.TEXT, c, doc);
      credited[c] = true;
      if (inText || holdings.holds(Holdings.In.PREFIX, c, doc)) {
        matched.add(concepts.get(c));
        covered += (inText ? 1 : PREFIX_CREDIT) * weight;
      } else if (holdings.holds(Holdings.In.CONTEXT, c, doc)) {
        fromPrevious += CONTEXT_CREDIT * weight;
      } else if (holdings.holds(Holdings.In.ABOUT, c, doc)) {
        covered += ABOUT_CREDIT * weight;
      } else {
        credited[c] = false;
      }
    }
    for (int c = 0; c < concepts.size(); c++) {
      if (!credited[c] && sameName[c] >= 0 && matched.contains(concepts.get(sameName[c]))) {
        matched.add(concepts.get(c)); // "Melanie Joly" is named by "Joly said"
        covered += concepts.get(c).weight();
      }
    }
    double coverage = (covered + fromPrevious) / question.weight();
    boolean leans = fromPrevious >= LEANS_ON_PREVIOUS * (covered + fromPrevious) && passage(doc).previousInParagraph();
    double score = ranker.score(signals, coverage, leans, question.wantsSomething(), best);
    return new Hit(passage(doc), score, coverage, List.copyOf(matched), leans, signals);
  }

  /**
   * For each concept, the next or previous one it forms a person's name with, or -1: two names side by
   * side in the question that the articles also write side by side ("Melanie Joly"), so that a passage
   * naming the surname alone holds the whole name. Not "Ruto Davis", which no article writes.
   */
  int[] sameName(Question question) {
    List<Concept> concepts = question.concepts();
    int[] partner = new int[concepts.size()];
    Arrays.fill(partner, -1);
    String text = Analysis.fold(question.text());
    for (int c = 0; c + 1 < concepts.size(); c++) {
      Concept first = concepts.get(c);
      Concept second = concepts.get(c + 1);
      if (first.name() && second.name() && first.known() && second.known()
          && text.contains(first.word() + " " + second.word()) && questions.sideBySide(first.word(), second.word())) {
        partner[c] = c + 1;
        partner[c + 1] = c;
      }
    }
    return partner;
  }

  private Passage passage(int doc) throws IOException {
    return documents.passage(doc);
  }
}
