package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.missionbot.BadInput;

/**
 * Property: for any text at all (every plane, lone surrogates, controls, right-to-left text, ZWJ emoji,
 * combining marks, search syntax, 100 KB), the engine returns a consistent Answer within 2 seconds:
 * quotes only when answered, at most 3, each verbatim in the article it cites. Seeded, so a failure
 * repeats.
 */
class AnswerEnginePropertyTest {

  private static final Duration BOUND = Duration.ofSeconds(2);

  /** The fixture's, read when the class loads: the shared index is built before any answer is timed. */
  private static final AnswerEngine engine = AnswerEngineFixture.engine;

  @Test
  void anyTextGetsAConsistentAnswerWithinTwoSeconds() {
    BadInput input = new BadInput(0x5eed_0001L);
    for (int i = 0; i < 3_000; i++) {
      check(input.question());
    }
  }

  @Test
  void questionSyntaxMixedIntoRealQuestionsGetsAConsistentAnswer() {
    BadInput input = new BadInput(0x5eed_0002L);
    String[] real = {"How much has Canada pledged?", "Who is Jimmy Cherizier?", "When did the Kenyan police arrive?",
        "How many Kenyan police officers arrived first?", "who leads the mission"};
    for (int i = 0; i < 2_000; i++) {
      String question = real[input.random().nextInt(real.length)];
      int at = input.random().nextInt(question.length() + 1);
      check(question.substring(0, at) + input.text(6) + question.substring(at));
    }
  }

  @Test
  void hundredKilobyteInputsAreRefusedQuicklyNotSearched() {
    BadInput input = new BadInput(0x5eed_0003L);
    for (int i = 0; i < 30; i++) {
      Answer answer = check(input.huge(100_000));
      assertTrue(!answer.answered(), "a 100 KB question is not answered");
    }
  }

  private static Answer check(String question) {
    long started = System.nanoTime();
    Answer answer = assertDoesNotThrow(() -> engine.answer(question), () -> "threw for " + BadInput.show(question));
    long took = System.nanoTime() - started;
    assertTrue(took < BOUND.toNanos(), () -> "took " + took / 1_000_000 + " ms for " + BadInput.show(question));
    AnswerEngineFixture.assertWellFormed(AnswerEngineFixture.corpus, BadInput.show(question), answer);
    return answer;
  }
}
