package org.missionbot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.Checkout;
import org.missionbot.answer.AnswerEngine;
import org.missionbot.index.PassageIndex;
import org.missionbot.search.PassageSearcher;

/**
 * A file of questions (the golden set's format) answered once over the bundled articles and scored as
 * {@code eval} scores them, for the tests that hold the bot to it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ScoredQuestionsTest {

  @TempDir
  static Path indexFolder;

  private PassageIndex index;
  /** Each question's score, in the file's order. */
  List<GoldenSet.Score> scores;

  /** The file of questions. */
  abstract Path questions();

  @BeforeAll
  void answerEveryQuestion() throws IOException {
    index = Checkout.openIndex(indexFolder);
    AnswerEngine engine = new AnswerEngine(new PassageSearcher(index));
    scores = new ArrayList<>();
    for (GoldenSet.Golden golden : GoldenSet.parse(Files.readAllLines(questions(), StandardCharsets.UTF_8))) {
      scores.add(GoldenSet.score(golden, engine.answer(golden.question())));
    }
  }

  @AfterAll
  void closeTheIndex() throws IOException {
    index.close();
  }
}
