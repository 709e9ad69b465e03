package org.missionbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionbot.Checkout;

/**
 * Property: a question written to stand on its own (every question of the evaluation sets that opens
 * with no follow-up word) is read as it is, whatever was asked before it, pronouns and all ("Why isn't
 * Canada sending its own troops?" after a question about the MSS mission keeps its "its").
 */
class FollowUpReaderPropertyTest {

  private static final Path EVAL = Path.of("src", "test", "resources", "eval");

  @Test
  void aQuestionOfItsOwnIsLeftAsItIsAfterAnyOther() throws IOException {
    List<String> questions = new ArrayList<>();
    for (String set : List.of("golden-questions.jsonl", "dev-questions.jsonl", "dev-v2-tune.jsonl", "dev-v2-check.jsonl",
        "lang-tune.jsonl", "lang-check.jsonl")) {
      questions.addAll(Checkout.questionsOf(EVAL.resolve(set)));
    }
    questions.removeIf(q -> q.isBlank()
        || q.matches("(?isU)^\\s*(and|but|also|what about|how about|same for|same question for|what of|et|mais|e|epi)\\b.*"));
    List<String> previous = new ArrayList<>(List.of("Who is Monique Clesca?", "Who leads the MSS mission?",
        "What is Canada's role?", "How many Kenyan police officers arrived first?", "When did Blinken visit Ottawa?",
        "What is the MSS?"));
    previous.addAll(Checkout.questionsOf(Checkout.GOLDEN_QUESTIONS)); // as the load tests ask them, one after another
    previous.addAll(Checkout.questionsOf(Checkout.DEV_QUESTIONS));
    List<String> rewritten = new ArrayList<>();
    for (String question : questions) {
      for (String before : previous) {
        String read = FollowUps.complete(before, question);
        if (!read.equals(question)) {
          rewritten.add(before + " + " + question + " -> " + read);
        }
      }
    }
    assertEquals(List.of(), rewritten);
  }
}
