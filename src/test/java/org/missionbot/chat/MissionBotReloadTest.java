package org.missionbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.Checkout;
import org.missionbot.answer.Answer;
import org.missionbot.config.Home;

/** A running bot picks up added and changed articles without reopening, and keeps answering when a reload fails. */
class MissionBotReloadTest {

  private static final String JAMAICA_ARTICLE = """
      ---
      title: Jamaica joins the Haiti mission
      outlet: Caribbean Wire
      published: 2024-07-10
      ---

      Jamaica deployed 24 soldiers and two police officers to Haiti on 10 July 2024 to join the Kenyan-led \
      Multinational Security Support mission.
      """;
  private static final String JAMAICA_QUESTION = "How many Jamaican soldiers were deployed to Haiti?";
  private static final String PLEDGE_QUESTION = "How much has Canada pledged?";
  private static final String ARRIVAL = "2024-06-25-kenyan-police-arrive-in-haiti.md";

  @TempDir
  Path root;

  private Home home;

  @BeforeEach
  void copyTheHome() throws IOException {
    Checkout.copyHome(root);
    home = new Home(root);
  }

  @Test
  void theWarmUpTakesTheWholeAnswerPathInEachLanguage() throws Exception {
    // the warm-up initializes the answer path's classes on the starting thread: its questions must reach it
    try (MissionBot bot = MissionBot.open(home, null, MissionBot::load)) {
      bot.warmUp();
      List<String> asked = MissionBot.WARM_UP;
      assertEquals(Answer.Outcome.SMALL_TALK, bot.answer(asked.get(0)).outcome(), asked.get(0));
      List<String> languages = new ArrayList<>();
      for (String question : asked.subList(1, asked.size())) {
        Answer answer = bot.answer(question);
        assertEquals(Answer.Outcome.ANSWERED, answer.outcome(), question);
        languages.add(answer.language());
      }
      assertEquals(List.of("en", "fr", "ht"), languages);
    }
  }

  @Test
  void aQuestionAfterCloseIsRefusedAtOnceInsteadOfSpinning() throws Exception {
    MissionBot bot = MissionBot.open(home, null, MissionBot::load);
    bot.close();
    java.util.concurrent.CompletableFuture<Throwable> asked = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        bot.answer(PLEDGE_QUESTION);
        return null;
      } catch (IllegalStateException e) {
        return e;
      }
    });
    Throwable refused = asked.get(5, java.util.concurrent.TimeUnit.SECONDS);
    org.junit.jupiter.api.Assertions.assertNotNull(refused, "answered after close");
  }

  @Test
  void anArticleAddedWhileTheBotRunsIsAnsweredWithoutReopening() throws Exception {
    try (MissionBot bot = MissionBot.open(home, Duration.ofMillis(100))) {
      assertFalse(isFromJamaica(bot.answer(JAMAICA_QUESTION)));

      Files.writeString(home.articles().resolve("2024-07-10-jamaica.md"), JAMAICA_ARTICLE, StandardCharsets.UTF_8);

      Answer answer = waitFor(bot, JAMAICA_QUESTION, MissionBotReloadTest::isFromJamaica);
      String quote = answer.quotes().get(0).text();
      assertTrue(quote.contains("24 soldiers"), quote);
      assertTrue(JAMAICA_ARTICLE.contains(quote), "verbatim: " + quote);
      assertEquals(6, bot.sources().size());
    }
  }

  @Test
  void aChangedArticleIsAnsweredInItsNewWording() throws Exception {
    try (MissionBot bot = MissionBot.open(home, null, MissionBot::load)) {
      assertFalse(bot.answer(PLEDGE_QUESTION).lead().contains("$150 million"));
      Path arrival = home.articles().resolve(ARRIVAL);

      Files.writeString(arrival, Files.readString(arrival).replace("approximately $123 million", "approximately $150 million"));

      assertTrue(bot.reloadIfChanged());
      assertTrue(bot.answer(PLEDGE_QUESTION).lead().contains("$150 million"), bot.answer(PLEDGE_QUESTION).lead());
      assertFalse(bot.reloadIfChanged(), "nothing changed since");
    }
  }

  @Test
  void aFailingRebuildKeepsThePreviousIndexAnswering() throws Exception {
    AtomicBoolean fail = new AtomicBoolean();
    MissionBot.Loader failing = h -> {
      if (fail.get()) {
        throw new IllegalStateException("simulated crash while building the index");
      }
      return MissionBot.load(h);
    };
    try (MissionBot bot = MissionBot.open(home, null, failing)) {
      String before = bot.answer(PLEDGE_QUESTION).lead();
      fail.set(true);
      Files.writeString(home.articles().resolve("2024-07-10-jamaica.md"), JAMAICA_ARTICLE, StandardCharsets.UTF_8);

      assertFalse(bot.reloadIfChanged());

      assertEquals(before, bot.answer(PLEDGE_QUESTION).lead());
      assertFalse(isFromJamaica(bot.answer(JAMAICA_QUESTION)));
      assertEquals(5, bot.sources().size());

      fail.set(false);
      assertTrue(bot.reloadIfChanged(), "a failed reload is tried again without a further change");
      assertTrue(isFromJamaica(bot.answer(JAMAICA_QUESTION)));
    }
  }

  @Test
  void aFolderLeftWithoutReadableArticlesKeepsThePreviousIndexAnswering() throws Exception {
    try (MissionBot bot = MissionBot.open(home, null, MissionBot::load)) {
      try (Stream<Path> files = Files.list(home.articles())) {
        for (Path file : files.toList()) {
          Files.writeString(file, "not an article");
        }
      }

      assertFalse(bot.reloadIfChanged());

      assertTrue(bot.answer(PLEDGE_QUESTION).answered());
      assertEquals(5, bot.sources().size());
    }
  }

  @Test
  void answersUnderWayWhileIndexesAreSwappedAllComplete() throws Exception {
    ExecutorService askers = Executors.newFixedThreadPool(4);
    try (MissionBot bot = MissionBot.open(home, null, MissionBot::load)) {
      AtomicBoolean stop = new AtomicBoolean();
      List<Future<Integer>> counts = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        counts.add(askers.submit(() -> {
          int answered = 0;
          while (!stop.get()) {
            answered += bot.answer(PLEDGE_QUESTION).answered() ? 1 : 0;
          }
          return answered;
        }));
      }
      Path arrival = home.articles().resolve(ARRIVAL);
      String text = Files.readString(arrival);
      for (int round = 0; round < 6; round++) {
        Files.writeString(arrival, text + "\n" + "Round " + round + " of edits.\n");
        assertTrue(bot.reloadIfChanged(), "round " + round);
      }
      stop.set(true);
      for (Future<Integer> count : counts) {
        assertNotEquals(0, count.get(), "every asker got answers, and none failed on a closed index");
      }
    } finally {
      askers.shutdownNow();
    }
  }

  private static boolean isFromJamaica(Answer answer) {
    return answer.answered() && answer.quotes().get(0).citation().articleId().equals("2024-07-10-jamaica");
  }

  private static Answer waitFor(MissionBot bot, String question, java.util.function.Predicate<Answer> done)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    Answer answer = bot.answer(question);
    while (!done.test(answer) && System.nanoTime() < deadline) {
      Thread.sleep(50);
      answer = bot.answer(question);
    }
    assertTrue(done.test(answer), "not picked up: " + answer);
    return answer;
  }
}
