package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missionbot.answer.AnswerEngineFixture.engine;
import static org.missionbot.answer.AnswerEngineFixture.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionbot.Checkout;
import org.missionbot.answer.Answer.Outcome;
import org.missionbot.corpus.Passage;
import org.missionbot.search.PassageSearcher;

/** Whatever a person types, the engine returns an Answer and never throws. */
class AnswerEngineRobustnessTest {

  private static Answer answered(String question) {
    Answer answer = assertDoesNotThrow(() -> engine.answer(question), () -> "threw for " + escape(question));
    AnswerEngineFixture.assertWellFormed(index.corpus(), escape(question), answer);
    return answer;
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    s.chars().limit(200).forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
    return out.toString();
  }

  @Test
  void randomCodePointsNeverThrow() {
    Random random = new Random(20240625);
    for (int i = 0; i < 300; i++) {
      StringBuilder question = new StringBuilder();
      int length = random.nextInt(80);
      for (int j = 0; j < length; j++) {
        question.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
      }
      answered(question.toString());
    }
  }

  @Test
  void randomCharsIncludingLoneSurrogatesAndControlsNeverThrow() {
    Random random = new Random(42);
    char[] specials = {'\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ud800',
        '\udbff', '\udc00', '\udfff', '\ufeff', '\ufffd', '\uffff', '\u200d', '\u202e', '"', ':', '*', '\\'};
    for (int i = 0; i < 300; i++) {
      char[] question = new char[random.nextInt(60)];
      for (int j = 0; j < question.length; j++) {
        question[j] = random.nextBoolean() ? specials[random.nextInt(specials.length)] : (char) random.nextInt(0x10000);
      }
      answered(new String(question));
    }
  }

  @Test
  void randomWordsOfTheArticlesMixedWithJunkNeverThrow() {
    List<String> words = corpusWords();
    String[] junk = {"AND", "OR", "NOT", "\"", "(", ")", "[", "]", "{", "}", "*", "~", ":", "^", "!", "-", "+", "\u0000",
        "\ud83c\uddf0\ud83c\uddea", "\u0645\u0647\u0645\u0629", "title:", "\ud800", "?"};
    Random random = new Random(7);
    for (int i = 0; i < 300; i++) {
      StringBuilder question = new StringBuilder();
      for (int j = random.nextInt(25); j >= 0; j--) {
        question.append(random.nextInt(4) == 0 ? junk[random.nextInt(junk.length)] : words.get(random.nextInt(words.size())));
        question.append(random.nextInt(5) == 0 ? "" : " ");
      }
      answered(question.toString());
    }
  }

  @Test
  void thousandCharactersOfDistinctArticleWordsNeverThrow() {
    StringBuilder question = new StringBuilder();
    for (String word : corpusWords()) {
      if (question.length() + word.length() + 1 > AnswerEngine.MAX_QUESTION_LENGTH) {
        break;
      }
      question.append(word).append(' ');
    }

    Answer answer = answered(question.toString().strip());

    assertTrue(answer.outcome() != Outcome.TOO_LONG);
  }

  @Test
  void thousandCharactersOfShortTyposNeverThrow() {
    Random random = new Random(3);
    StringBuilder question = new StringBuilder();
    while (question.length() < AnswerEngine.MAX_QUESTION_LENGTH - 6) {
      for (int i = 0; i < 4; i++) {
        question.append((char) ('a' + random.nextInt(26)));
      }
      question.append(' ');
    }

    assertTrue(answered(question.toString()).outcome() != Outcome.TOO_LONG);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\ud83c\uddf0\ud83c\uddea\ud83c\udded\ud83c\uddf9 \ud83d\udcb0\u2753",
      "How much has Canada pledged? \ud83d\udcb0\ud83d\udc4d\ud83c\udffd",
      "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67",
      "\u0643\u0645 \u062a\u0639\u0647\u062f\u062a \u0643\u0646\u062f\u0627\u061f",
      "\u05db\u05de\u05d4 \u05db\u05e1\u05e3 \u05e7\u05e0\u05d3\u05d4 \u05d4\u05d1\u05d8\u05d9\u05d7\u05d4?",
      "\u202eHow much has Canada pledged?\u202c",
      "\u0000\u0000\u0000",
      "Canada\u0000pledge",
      "\u4e2d\u6587\u95ee\u9898\uff1f\u52a0\u62ff\u5927",
      "\u00e9\u00e8\u00ea \u1e9e\u00df \u0130\u0131 \u01c4",
      "\ufeffHow much has Canada pledged?",
      "Z\u0351\u0352\u0353a\u0354\u0355l\u0356\u0357g\u0358\u0359o",
      "\ud800\udc00\udbff\udfff\ud800",
      "canada AND (kenya OR \"haiti\") NOT title:foo~2 ^3 *:* [a TO z] {x} /re/ \\",
      "' OR 1=1; DROP TABLE articles; --",
      "<script>alert('x')</script>",
      "%s %d %n {0} ${jndi:ldap://x}"})
  void oddQuestionsNeverThrow(String question) {
    Answer answer = answered(question);

    assertEquals(question, answer.question());
  }

  @Test
  void hugeQuestionsAreTooLongAndDoNotThrow() {
    String letters = "a".repeat(100_000);
    String words = "How much has Canada pledged? ".repeat(3_500);
    String junk = "\u0000\ud800\ud83d\udcb0x".repeat(25_000);

    for (String question : List.of(letters, words, junk)) {
      assertEquals(Outcome.TOO_LONG, answered(question).outcome());
    }
    assertEquals(Outcome.EMPTY, answered(" ".repeat(100_000)).outcome());
    assertEquals(Outcome.EMPTY, answered("\u0000".repeat(100_000)).outcome());
  }

  @Test
  void manyThreadsGetTheSameAnswersAsOne() throws Exception {
    List<String> questions = new ArrayList<>(Checkout.questionsOf(Checkout.GOLDEN_QUESTIONS));
    questions.addAll(Checkout.questionsOf(Checkout.DEV_QUESTIONS));
    List<Answer> serial = questions.stream().map(engine::answer).toList();
    AnswerEngine fresh = new AnswerEngine(new PassageSearcher(index));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Answer>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String question : questions) {
          futures.add(pool.submit(() -> fresh.answer(question)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(serial.get(i % questions.size()), futures.get(i).get(), questions.get(i % questions.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> corpusWords() {
    Set<String> words = new LinkedHashSet<>();
    for (Passage passage : index.passages()) {
      for (String word : passage.text().split("[^\\p{L}\\p{N}'-]+")) {
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
    }
    return new ArrayList<>(words);
  }
}
