package org.missionbot.chat.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.missionbot.TwoReplicaStores;

/** The shared store against a real redis-server: its operations, two replicas' view, and Redis going away and back. */
class SharedStoreIT {

  @RegisterExtension
  final TwoReplicaStores stores = new TwoReplicaStores();


  @Test
  void whatOneReplicaSetsTheOtherReadsUntilItExpires() throws Exception {
    assertTrue(stores.a.up());
    stores.a.set(SharedStore.key("t", "k"), "v", Duration.ofMillis(300));
    assertEquals("v", stores.b.get(SharedStore.key("t", "k")));
    Thread.sleep(500);
    assertNull(stores.b.get(SharedStore.key("t", "k")), "every key expires");
  }

  @Test
  void onlyTheFirstReplicaSetsAnAbsentKey() throws Exception {
    String key = SharedStore.key("t", "event", "Ev1");
    assertTrue(stores.a.setIfAbsent(key, "1", Duration.ofMinutes(1)));
    assertFalse(stores.b.setIfAbsent(key, "1", Duration.ofMinutes(1)));
    assertFalse(stores.b.deleteIf(key, "2"), "a value it does not hold is not deleted");
    assertTrue(stores.a.deleteIf(key, "1"));
    assertTrue(stores.b.setIfAbsent(key, "1", Duration.ofMinutes(1)));
  }

  @Test
  void replicasSpendOneBucketThatRefillsOverItsWindow() throws Exception {
    String key = SharedStore.key("t", "rate", "tg:1");
    int taken = 0;
    for (int i = 0; i < 10; i++) {
      if ((i % 2 == 0 ? stores.a : stores.b).takeToken(key, 4, Duration.ofSeconds(2))) {
        taken++;
      }
    }
    assertEquals(4, taken, "a burst of 4 between both replicas");
    Thread.sleep(600); // a token comes back every 500 ms
    assertTrue(stores.b.takeToken(key, 4, Duration.ofSeconds(2)));
    assertFalse(stores.a.takeToken(key, 4, Duration.ofSeconds(2)));
  }

  @Test
  void aHashHoldsAtMostItsFieldsAndLivesFromItsLastWrite() throws Exception {
    String key = SharedStore.key("t", "hash");
    assertTrue(stores.a.putField(key, "1", "one", Duration.ofMillis(400), 2));
    assertTrue(stores.b.putField(key, "2", "two", Duration.ofMillis(400), 2));
    assertFalse(stores.a.putField(key, "3", "three", Duration.ofMillis(400), 2), "full");
    assertTrue(stores.a.putField(key, "2", "two again", Duration.ofMillis(400), 2), "a field it holds is set");
    assertEquals(Map.of("1", "one", "2", "two again"), stores.b.fields(key));
    stores.b.removeField(key, "1");
    assertTrue(stores.a.putField(key, "3", "three", Duration.ofMillis(400), 2), "room again");
    assertEquals(Map.of("2", "two again", "3", "three"), stores.a.fields(key));
    Thread.sleep(600);
    assertEquals(Map.of(), stores.a.fields(key), "it expires");
  }

  @Test
  void oneReplicaHoldsALeaseUntilItGivesItUpOrStopsRenewingIt() throws Exception {
    String key = SharedStore.key("t", "lease");
    assertTrue(stores.a.lease(key, Duration.ofMillis(400)));
    assertFalse(stores.b.lease(key, Duration.ofMillis(400)));
    assertTrue(stores.a.lease(key, Duration.ofMillis(400)), "the holder renews");
    stores.a.release(key);
    assertTrue(stores.b.lease(key, Duration.ofMillis(400)), "given up: the other takes it at once");
    Thread.sleep(600);
    assertTrue(stores.a.lease(key, Duration.ofMillis(400)), "not renewed: it lapses, and the other takes it");
    assertFalse(stores.b.expireIf(key, stores.b.replica(), Duration.ofSeconds(5)), "only the holder extends it");
  }

  @Test
  void whileRedisIsDownCallsFailAtOnceAndTheStoreComesBackWithIt() throws Exception {
    stores.redis.stop();
    long start = System.nanoTime();
    assertThrows(SharedStore.Unavailable.class, () -> stores.a.get(SharedStore.key("t", "k")));
    assertThrows(SharedStore.Unavailable.class, () -> stores.a.get(SharedStore.key("t", "k")));
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2), "no call waits for a dead Redis");
    assertFalse(stores.a.up());

    stores.redis.restart();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!stores.a.up() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertTrue(stores.a.up(), "back within seconds of Redis");
    stores.a.set(SharedStore.key("t", "k"), "again", Duration.ofMinutes(1));
    assertEquals("again", stores.a.get(SharedStore.key("t", "k")));
  }

  @Test
  void aStoreStartedWhileRedisIsDownStartsUnavailableAndJoinsLater() throws Exception {
    stores.redis.stop();
    try (SharedStore late = SharedStore.connect(stores.redis.url())) {
      assertFalse(late.up());
      stores.redis.restart();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!late.up() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertTrue(late.up());
    }
  }

  @Test
  void aUrlThatIsNotRedisIsRefusedWithoutItsPassword() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SharedStore.connect("http://user:s3cret@host:1"));
    assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    assertEquals("redis://…@cache:6379", SharedStore.redact("redis://:pa/ss@cache:6379"), "a / in the password");
    assertEquals("redis://…@cache:6379", SharedStore.redact("redis://user:p@ss@cache:6379"), "an @ in the password");
    assertEquals("redis://cache:6379", SharedStore.redact("redis://cache:6379"));
  }
}
