package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.Checkout;
import org.missionbot.answer.AnswerEngine;
import org.missionbot.index.PassageIndex;
import org.missionbot.search.PassageSearcher;

/** The golden questions (src/test/resources/eval/golden-questions.jsonl), scored as {@code eval} scores them. */
class GoldenQuestionsTest {

  /** How many answerable golden questions must have what they expect in the lead or the first quote. */
  private static final int MIN_IN_FIRST = 20;

  @TempDir
  static Path indexFolder;

  private static PassageIndex index;
  private static List<GoldenSet.Score> scores;

  @BeforeAll
  static void answerEveryGoldenQuestion() throws IOException {
    index = Checkout.openIndex(indexFolder);
    AnswerEngine engine = new AnswerEngine(new PassageSearcher(index));
    scores = new ArrayList<>();
    for (GoldenSet.Golden golden : GoldenSet.parse(Files.readAllLines(Checkout.GOLDEN_QUESTIONS, StandardCharsets.UTF_8))) {
      scores.add(GoldenSet.score(golden, engine.answer(golden.question())));
    }
  }

  @AfterAll
  static void closeTheIndex() throws IOException {
    index.close();
  }

  private static String describe(GoldenSet.Score score) {
    var answer = score.answer();
    return score.golden().id() + " " + score.golden().question() + " -> " + answer.outcome() + " \"" + answer.lead() + "\" "
        + (answer.quotes().isEmpty() ? "" : answer.quotes().get(0).text());
  }

  @Test
  void theGoldenFileIsTheSharedEvalSet() {
    assertEquals(22, scores.size());
    assertTrue(scores.stream().filter(s -> s.golden().abstain()).count() >= 3, "some questions must be declined");
  }

  @Test
  void everyGoldenQuestionPasses() {
    List<String> misses = scores.stream().filter(s -> !s.pass()).map(GoldenQuestionsTest::describe).toList();

    assertEquals(List.of(), misses);
  }

  @Test
  void mostGoldenQuestionsHaveTheirAnswerInTheLeadOrFirstQuote() {
    List<String> notFirst = scores.stream().filter(s -> !s.inFirst()).map(GoldenQuestionsTest::describe).toList();
    long inFirst = scores.size() - notFirst.size();

    assertTrue(inFirst >= MIN_IN_FIRST, inFirst + "/" + scores.size() + " in lead+first quote; not: " + notFirst);
  }

  @Test
  void declinedQuestionsGetNoQuotes() {
    scores.stream().filter(s -> s.golden().abstain())
        .forEach(s -> assertEquals(List.of(), s.answer().quotes(), describe(s)));
  }
}
