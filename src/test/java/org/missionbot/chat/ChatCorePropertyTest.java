package org.missionbot.chat;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.BadInput;
import org.missionbot.Checkout;
import org.missionbot.answer.Answer;
import org.missionbot.answer.AnswerEngine;
import org.missionbot.answer.Quote;
import org.missionbot.config.Home;
import org.missionbot.corpus.Article;

/**
 * Property: whatever a person, a conversation id or a user id holds, the chat core (rate limit,
 * follow-ups, the bot) gives back a Reply and never throws; an answer is consistent, and a follow-up
 * read from garbage is still answered within 2 seconds.
 */
class ChatCorePropertyTest {

  @TempDir
  static Path home;
  private static MissionBot bot;
  private static Map<String, Article> articles;

  @BeforeAll
  static void openBot() throws IOException {
    Checkout.copyHome(home);
    bot = MissionBot.open(new Home(home));
    articles = bot.sources().stream().collect(Collectors.toMap(Article::id, Function.identity()));
  }

  @AfterAll
  static void closeBot() throws IOException {
    bot.close();
  }

  @Test
  void anyQuestionInAnyConversationGetsAConsistentReply() {
    BadInput input = new BadInput(0x5eed_0101L);
    Clock clock = Clock.systemUTC();
    ChatCore core = new ChatCore(bot, new FollowUps(Duration.ofMinutes(10), 100, clock),
        new RateLimiter(10_000, Duration.ofMinutes(1), clock));
    for (int i = 0; i < 2_000; i++) {
      String conversation = input.random().nextInt(4) == 0 ? input.text(5) : "c" + input.random().nextInt(20);
      String user = input.random().nextInt(4) == 0 ? input.text(5) : "u" + input.random().nextInt(20);
      String question = input.random().nextInt(3) == 0 ? "and " + input.text(4) + "?" : input.question();
      long started = System.nanoTime();
      Reply reply = assertDoesNotThrow(() -> core.ask(conversation, user, question), () -> BadInput.show(question));
      long took = System.nanoTime() - started;
      assertTrue(took < Duration.ofSeconds(2).toNanos(), () -> took / 1_000_000 + " ms for " + BadInput.show(question));
      Reply.Answered answered = assertInstanceOf(Reply.Answered.class, reply, "the rate limit is out of reach here");
      assertConsistent(answered.answer(), BadInput.show(question));
    }
  }

  @Test
  void aFloodFromOnePersonIsRefusedPolitelyNeverWithAnError() {
    BadInput input = new BadInput(0x5eed_0102L);
    Clock stopped = Clock.fixed(java.time.Instant.parse("2024-06-25T12:00:00Z"), java.time.ZoneOffset.UTC);
    ChatCore core = new ChatCore(bot, new FollowUps(Duration.ofMinutes(10), 100, stopped),
        new RateLimiter(20, Duration.ofMinutes(1), stopped));
    int refused = 0;
    for (int i = 0; i < 200; i++) {
      String question = input.text(10);
      Reply reply = assertDoesNotThrow(() -> core.ask("flood", "one person", question));
      if (reply instanceof Reply.Answered answered) {
        assertConsistent(answered.answer(), BadInput.show(question));
      } else {
        refused++;
        Reply.Notice notice = assertInstanceOf(Reply.Notice.class, reply);
        assertEquals(Reply.Notice.Kind.RATE_LIMITED, notice.kind());
        assertEquals(ChatCore.RATE_LIMITED, notice.text());
      }
    }
    assertEquals(180, refused, "20 at once are answered, the rest refused");
  }

  private static void assertConsistent(Answer answer, String shown) {
    assertNotNull(answer, shown);
    assertNotNull(answer.lead(), shown);
    assertEquals(answer.answered(), !answer.quotes().isEmpty(), shown + ": quotes if and only if answered");
    assertTrue(answer.quotes().size() <= AnswerEngine.MAX_QUOTES, shown);
    for (Quote quote : answer.quotes()) {
      Article article = articles.get(quote.citation().articleId());
      assertNotNull(article, shown + ": cites an unknown article");
      assertTrue(article.body().contains(quote.text()), shown + ": not verbatim: " + quote.text());
    }
  }
}
