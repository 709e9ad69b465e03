package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionbot.Checkout;

/** The golden questions (src/test/resources/eval/golden-questions.jsonl), scored as {@code eval} scores them. */
class GoldenQuestionsTest extends ScoredQuestionsTest {

  /** How many answerable golden questions must have what they expect in the lead or the first quote. */
  private static final int MIN_IN_FIRST = 20;

  @Override
  Path questions() {
    return Checkout.GOLDEN_QUESTIONS;
  }

  @Test
  void theGoldenFileIsTheSharedEvalSet() {
    assertEquals(22, scores.size());
    assertTrue(scores.stream().filter(s -> s.golden().abstain()).count() >= 3, "some questions must be declined");
  }

  @Test
  void everyGoldenQuestionPasses() {
    List<String> misses = scores.stream().filter(s -> !s.pass()).map(GoldenSet.Score::line).toList();

    assertEquals(List.of(), misses);
  }

  @Test
  void mostGoldenQuestionsHaveTheirAnswerInTheLeadOrFirstQuote() {
    List<String> notFirst = scores.stream().filter(s -> !s.inFirst()).map(GoldenSet.Score::line).toList();
    long inFirst = scores.size() - notFirst.size();

    assertTrue(inFirst >= MIN_IN_FIRST, inFirst + "/" + scores.size() + " in lead+first quote; not: " + notFirst);
  }

  @Test
  void declinedQuestionsGetNoQuotes() {
    scores.stream().filter(s -> s.golden().abstain())
        .forEach(s -> assertEquals(List.of(), s.answer().quotes(), s.line()));
  }
}
