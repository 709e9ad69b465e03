package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The questions a newcomer asks first, short and plain ("who leads the mission", "how much money has
 * canada given"), kept out of the evaluation folder so that no model is trained on them. A retrained
 * decision is fitted mostly on long, worded questions; this is what keeps it answering the short
 * ones people actually type, and abstaining on the plain ones the articles cannot answer.
 */
class CommonQuestionsTest extends ScoredQuestionsTest {

  static final Path COMMON_QUESTIONS = Path.of("src", "test", "resources", "common", "common-questions.jsonl");

  /**
   * How many answerable ones must have their answer in the lead or the first three quotes: 20 of 25
   * with the decision of the twenty-seventh session, 21 with that of the twenty-eighth.
   */
  private static final int MIN_FOUND = 21;

  @Override
  Path questions() {
    return COMMON_QUESTIONS;
  }

  @Test
  void theFileHoldsAnswerableAndUnanswerableQuestions() {
    assertEquals(25, scores.stream().filter(s -> !s.golden().abstain()).count());
    assertEquals(5, scores.stream().filter(s -> s.golden().abstain()).count());
  }

  @Test
  void mostCommonQuestionsAreAnsweredWithTheirFact() {
    long answerable = scores.stream().filter(s -> !s.golden().abstain()).count();
    List<String> missed = scores.stream().filter(s -> !s.golden().abstain() && !s.pass())
        .map(GoldenSet.Score::line).toList();
    long found = answerable - missed.size();

    assertTrue(found >= MIN_FOUND, found + "/" + answerable + " found; missed: " + missed);
  }

  @Test
  void everyPlainQuestionTheArticlesCannotAnswerIsDeclinedWithoutQuotes() {
    List<String> answered = scores.stream().filter(s -> s.golden().abstain() && !s.pass())
        .map(GoldenSet.Score::line).toList();

    assertEquals(List.of(), answered);
    scores.stream().filter(s -> s.golden().abstain()).forEach(s -> assertEquals(List.of(), s.answer().quotes()));
  }
}
