package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.missionbot.TwoReplicaStores;

/** Two replicas' records of answered updates sharing a real Redis: each update answered by one of them, once. */
class SharedAnsweredUpdatesIT {

  @RegisterExtension
  final TwoReplicaStores stores = new TwoReplicaStores();
  private AnsweredUpdates a;
  private AnsweredUpdates b;

  @BeforeEach
  void start() throws Exception {
    a = AnsweredUpdates.inMemory(100);
    b = AnsweredUpdates.inMemory(100);
    a.shareThrough(stores.a, "telegram:42");
    b.shareThrough(stores.b, "telegram:42");
  }

  @AfterEach
  void stop() throws Exception {
    a.close();
    b.close();
  }

  @Test
  void anUpdateAnsweredByOneReplicaIsSkippedByTheOther() {
    assertTrue(a.begin(1));
    a.finish(1);
    assertFalse(b.begin(1), "answered by A");
    assertTrue(b.answered(1), "and so recorded by B too");
  }

  @Test
  void theOtherReplicaWaitsForAnAnswerUnderWayAndThenSkipsIt() throws Exception {
    assertTrue(a.begin(2));
    CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> b.begin(2));
    Thread.sleep(500);
    assertFalse(second.isDone(), "B waits while A answers");
    a.finish(2);
    assertFalse(second.get(5, TimeUnit.SECONDS), "A answered it: B skips it");
  }

  @Test
  void anUpdateGivenBackIsAnsweredByTheOtherReplica() throws Exception {
    assertTrue(a.begin(3));
    CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> b.begin(3));
    a.release(3);
    assertTrue(second.get(5, TimeUnit.SECONDS));
  }

  @Test
  void theClaimOfAReplicaThatDiedLapsesAndTheUpdateIsAnsweredByAnother() throws Exception {
    assertTrue(a.begin(4));
    a.close(); // A dies: its claim is no longer renewed
    stores.a.close();
    long start = System.nanoTime();
    assertTrue(b.begin(4), "answered by B once A's claim lapsed");
    long waited = System.nanoTime() - start;
    assertTrue(waited < AnsweredUpdates.CLAIM.plusSeconds(2).toNanos(), "within a claim's life: " + waited);
  }

  @Test
  void aClaimUnderWayLongerThanItsLifeIsRenewed() throws Exception {
    assertTrue(a.begin(5));
    Thread.sleep(AnsweredUpdates.CLAIM.plusSeconds(2).toMillis());
    CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> b.begin(5));
    Thread.sleep(500);
    assertFalse(second.isDone(), "A still holds it");
    a.finish(5);
    assertFalse(second.get(5, TimeUnit.SECONDS));
  }

  @Test
  void anAnswerStuckOnAnotherReplicaIsAnsweredHereAfterTheLongestWaitRatherThanNever() throws Exception {
    assertTrue(a.begin(7)); // A holds it and keeps renewing: stuck, not dead
    b.waitAtMost(Duration.ofSeconds(1));
    long start = System.nanoTime();
    assertTrue(b.begin(7), "B answers it");
    assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
    assertTrue(AnsweredUpdates.LONGEST_WAIT.compareTo(org.missionbot.chat.RunningTasks.STUCK) < 0,
        "a waiting replica gives up before its own wait would count as a stuck answer");
  }

  @Test
  void whileRedisIsDownEachReplicaGoesByItsOwnRecord() throws Exception {
    stores.redis.stop();
    assertTrue(a.begin(6));
    a.finish(6);
    assertFalse(a.begin(6));
    assertTrue(b.begin(6), "B cannot know: at least once while Redis is down");
  }
}
