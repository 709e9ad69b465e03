package org.missionbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.missionbot.TwoReplicaStores;
import org.missionbot.search.Language;

/**
 * Follow-ups, rate limits and conversations' languages of two replicas sharing one real Redis, and
 * each replica going on alone while Redis is down.
 */
class SharedChatStateIT {

  @RegisterExtension
  final TwoReplicaStores stores = new TwoReplicaStores();


  @Test
  void aFollowUpReachingTheOtherReplicaIsReadAgainstTheQuestionTheFirstOneAnswered() {
    FollowUps a = new FollowUps(Duration.ofMinutes(10), 100, Clock.systemUTC(), stores.a);
    FollowUps b = new FollowUps(Duration.ofMinutes(10), 100, Clock.systemUTC(), stores.b);
    assertEquals("How much has Canada pledged?", a.resolve("tg:chat:1", "How much has Canada pledged?"));
    assertEquals("How much has Kenya pledged?", b.resolve("tg:chat:1", "and Kenya?"));
    assertEquals("and Kenya?", b.resolve("tg:chat:2", "and Kenya?"), "another conversation has no previous question");
    a.forget("tg:chat:1");
    assertEquals("and Kenya?", b.resolve("tg:chat:1", "and Kenya?"), "forgotten for every replica");
  }

  @Test
  void onePersonHasOneBudgetAcrossReplicas() {
    RateLimiter a = new RateLimiter(3, Duration.ofMinutes(1), Clock.systemUTC(), stores.a);
    RateLimiter b = new RateLimiter(3, Duration.ofMinutes(1), Clock.systemUTC(), stores.b);
    int allowed = 0;
    for (int i = 0; i < 6; i++) {
      if ((i % 2 == 0 ? a : b).tryAcquire("tg:7")) {
        allowed++;
      }
    }
    assertEquals(3, allowed);
    assertTrue(a.tryAcquire("tg:8"), "another person has a budget of their own");
  }

  @Test
  void aConversationsLanguageAndTheEnglishNoteAreSharedToo() {
    ConversationLanguages a = new ConversationLanguages(100, stores.a);
    ConversationLanguages b = new ConversationLanguages(100, stores.b);
    assertNull(b.get("C1"));
    a.put("C1", Language.FRENCH);
    assertEquals(Language.FRENCH, b.get("C1"));
    assertTrue(a.firstTold("C1"));
    assertFalse(b.firstTold("C1"), "told once per conversation, whichever replica answers next");
  }

  @Test
  void whileRedisIsDownEachReplicaGoesOnWithItsOwnStateAndSharesAgainWhenItIsBack() throws Exception {
    FollowUps a = new FollowUps(Duration.ofMinutes(10), 100, Clock.systemUTC(), stores.a);
    FollowUps b = new FollowUps(Duration.ofMinutes(10), 100, Clock.systemUTC(), stores.b);
    RateLimiter limitA = new RateLimiter(2, Duration.ofMinutes(1), Clock.systemUTC(), stores.a);
    stores.redis.stop();

    assertEquals("How much has Canada pledged?", a.resolve("c", "How much has Canada pledged?"));
    assertEquals("How much has Kenya pledged?", a.resolve("c", "and Kenya?"), "the replica's own memory");
    assertEquals("and Kenya?", b.resolve("c", "and Kenya?"), "nothing shared while Redis is down");
    assertTrue(limitA.tryAcquire("u"));
    assertTrue(limitA.tryAcquire("u"));
    assertFalse(limitA.tryAcquire("u"), "the replica's own bucket limits meanwhile");

    stores.redis.restart();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!(stores.a.up() && stores.b.up()) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertEquals("How much has Haiti pledged?", a.resolve("d", "How much has Haiti pledged?"));
    assertEquals("How much has Kenya pledged?", b.resolve("d", "and Kenya?"), "shared again");
  }
}
