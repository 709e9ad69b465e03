package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.RedisServer;
import org.missionbot.Replicas;
import org.missionbot.chat.telegram.BatchingBotApi.Sent;

/**
 * Three replicas of {@code serve} as processes, Telegram by webhook, sharing a real redis-server and a
 * folder of articles: updates spread over them (and posted again to another, as Telegram's retries
 * through a load balancer are) are answered once each; a follow-up reaching another replica is read
 * against the question the first answered; one person has one rate limit across them; an article
 * added to the shared folder is answered by every replica; Redis killed mid-run leaves them answering
 * (degraded in /healthz) and they share again once it is back; an update whose replica is killed
 * mid-answer is not acknowledged, and is answered once when posted again to another.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasIT {

  static final String TOKEN = "777001:REPLICA-token_value-XYZ0123456789";
  static final String SECRET = "replica-secret";
  static final String HOOK = "/telegram/hook";
  private static final int RATE_LIMIT = 3;
  private static final AtomicInteger UPDATE_IDS = new AtomicInteger(1000);
  private static final AtomicInteger MESSAGE_IDS = new AtomicInteger(1);

  @TempDir
  static Path root;

  private static RedisServer redis;
  private static BatchingBotApi api;
  private static Replicas replicas;

  @BeforeAll
  static void start() throws Exception {
    redis = RedisServer.start();
    api = new BatchingBotApi(TOKEN, 100);
    replicas = new Replicas(root, webhookSettings(redis.url(), api.url(), RATE_LIMIT));
    replicas.start(3);
  }

  /** Telegram by webhook with this rate limit, state in this Redis. */
  static Map<String, String> webhookSettings(String redisUrl, String apiUrl, int rateLimit) {
    return Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", apiUrl,
        "TELEGRAM_WEBHOOK_URL", "https://bot.example.org" + HOOK, "TELEGRAM_WEBHOOK_SECRET", SECRET,
        "TELEGRAM_RATE_LIMIT", Integer.toString(rateLimit), "REDIS_URL", redisUrl);
  }

  /** Posts an update to a replica's webhook, as Telegram through a load balancer does; returns the status. */
  static int post(Replicas replicas, Replicas.Replica replica, String update) throws Exception {
    return replicas.post(replica, HOOK, update, WebhookServer.SECRET_HEADER, SECRET);
  }

  @AfterAll
  static void stop() throws Exception {
    if (replicas != null) {
      replicas.close();
    }
    if (api != null) {
      api.close();
    }
    if (redis != null) {
      redis.close();
    }
  }

  @Test
  @Order(1)
  void updatesSpreadOverReplicasAndPostedAgainToAnotherAreEachAnsweredOnce() throws Exception {
    String[] questions = {"How much has Canada pledged?", "When did the Kenyan police arrive in Haiti?",
        "Who leads the mission?"};
    List<Asked> asked = new ArrayList<>();
    for (long chat = 100; chat < 120; chat++) {
      for (String question : questions) {
        asked.add(new Asked(chat, MESSAGE_IDS.getAndIncrement(), UPDATE_IDS.getAndIncrement(), question));
      }
    }
    try (ExecutorService posting = Executors.newFixedThreadPool(8)) {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < asked.size(); i++) {
        Asked one = asked.get(i);
        // the update to one replica and, at the same time, its retry to the next
        statuses.add(posting.submit(() -> post(replicas, replicas.get(one.updateId() % 3), one.update())));
        statuses.add(posting.submit(() -> post(replicas, replicas.get((one.updateId() + 1) % 3), one.update())));
      }
      for (Future<Integer> status : statuses) {
        assertEquals(200, status.get());
      }
    }
    awaitReplies(asked, Duration.ofSeconds(60));
    Thread.sleep(1500); // room for a double to show
    for (Asked one : asked) {
      assertEquals(1, replies(one).size(), "answered once: " + one);
    }
    assertTrue(replies(asked.get(0)).get(0).text().contains("123 million"), replies(asked.get(0)).toString());
  }

  @Test
  @Order(2)
  void aFollowUpReachingAnotherReplicaIsReadAgainstTheQuestionTheFirstAnswered() throws Exception {
    Asked first = new Asked(200, MESSAGE_IDS.getAndIncrement(), UPDATE_IDS.getAndIncrement(), "How much has Canada pledged?");
    assertEquals(200, post(replicas, replicas.get(0), first.update()));
    awaitReplies(List.of(first), Duration.ofSeconds(20));
    Asked followUp = new Asked(200, MESSAGE_IDS.getAndIncrement(), UPDATE_IDS.getAndIncrement(), "and Kenya?");
    assertEquals(200, post(replicas, replicas.get(1), followUp.update()));
    awaitReplies(List.of(followUp), Duration.ofSeconds(20));
    String reply = replies(followUp).get(0).text();
    assertTrue(reply.startsWith("Reading that as: How much has Kenya pledged?"), reply);
  }

  @Test
  @Order(3)
  void onePersonHasOneRateLimitAcrossReplicas() throws Exception {
    List<Asked> asked = new ArrayList<>();
    for (int i = 0; i < 2 * RATE_LIMIT; i++) {
      Asked one = new Asked(300, MESSAGE_IDS.getAndIncrement(), UPDATE_IDS.getAndIncrement(), "Who leads the mission?");
      asked.add(one);
      assertEquals(200, post(replicas, replicas.get(i % 3), one.update()));
      awaitReplies(List.of(one), Duration.ofSeconds(20)); // in order, so which are over the limit is known
    }
    List<String> texts = asked.stream().map(a -> replies(a).get(0).text()).toList();
    long limited = texts.stream().filter(t -> t.contains("asking faster than I can keep up")).count();
    assertEquals(RATE_LIMIT, limited, texts.toString());
    assertTrue(texts.subList(RATE_LIMIT, texts.size()).stream().allMatch(t -> t.equals(texts.get(RATE_LIMIT))), texts.toString());
  }

  @Test
  @Order(4)
  void anArticleAddedToTheSharedFolderIsAnsweredByEveryReplica() throws Exception {
    Files.writeString(replicas.articles().resolve("zz-lighthouse.md"), """
        ---
        title: Port-au-Prince harbour lighthouse relit
        outlet: Test Wire
        published: 2024-07-02
        ---
        The harbour lighthouse of Port-au-Prince was relit on 1 July 2024 after engineers from the Kenyan
        contingent repaired its generator, the port authority said.
        """);
    for (int r = 0; r < 3; r++) {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      String text = "";
      for (int attempt = 0; !text.contains("lighthouse") && System.nanoTime() < deadline; attempt++) {
        // a new person each time, within the rate limit
        Asked one = new Asked(1000 + 100 * r + attempt, MESSAGE_IDS.getAndIncrement(), UPDATE_IDS.getAndIncrement(),
            "When was the harbour lighthouse relit?");
        assertEquals(200, post(replicas, replicas.get(r), one.update()));
        awaitReplies(List.of(one), Duration.ofSeconds(20));
        text = replies(one).get(0).text();
        Thread.sleep(500);
      }
      assertTrue(text.contains("lighthouse of Port-au-Prince was relit"), "replica " + r + ": " + text);
    }
  }

  @Test
  @Order(5)
  void withRedisKilledTheReplicasAnswerDegradedAndShareAgainWhenItIsBack() throws Exception {
    redis.stop();
    Replicas.await(replicas.get(0), "is unavailable", Duration.ofSeconds(10));
    HttpResponse<String> health = replicas.health(replicas.get(0));
    assertEquals(200, health.statusCode());
    assertTrue(health.body().contains("\"status\":\"degraded\""), health.body());

    List<Asked> asked = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Asked one = new Asked(500 + i, MESSAGE_IDS.getAndIncrement(), UPDATE_IDS.getAndIncrement(), "How much has Canada pledged?");
      asked.add(one);
      assertEquals(200, post(replicas, replicas.get(i % 3), one.update()));
    }
    awaitReplies(asked, Duration.ofSeconds(30));
    assertTrue(asked.stream().allMatch(a -> replies(a).get(0).text().contains("123 million")));

    redis.restart();
    for (int r = 0; r < 3; r++) {
      Replicas.await(replicas.get(r), "is back: state is shared", Duration.ofSeconds(15));
      assertEquals("{\"status\":\"ok\"}\n", replicas.health(replicas.get(r)).body(), replicas.get(r).log());
    }
    Asked first = new Asked(600, MESSAGE_IDS.getAndIncrement(), UPDATE_IDS.getAndIncrement(), "How much has Canada pledged?");
    post(replicas, replicas.get(2), first.update());
    awaitReplies(List.of(first), Duration.ofSeconds(20));
    Asked followUp = new Asked(600, MESSAGE_IDS.getAndIncrement(), UPDATE_IDS.getAndIncrement(), "and Kenya?");
    post(replicas, replicas.get(0), followUp.update());
    awaitReplies(List.of(followUp), Duration.ofSeconds(20));
    assertTrue(replies(followUp).get(0).text().startsWith("Reading that as: How much has Kenya pledged?"),
        replies(followUp).get(0).text());
  }

  @Test
  @Order(6)
  void anUpdateWhoseReplicaIsKilledMidAnswerIsAnsweredOnceWhenTelegramPostsItAgain() throws Exception {
    Asked one = new Asked(800, MESSAGE_IDS.getAndIncrement(), UPDATE_IDS.getAndIncrement(), "How much has Canada pledged?");
    api.slowTyping(60_000); // the replica is mid-answer, waiting on Telegram, when it dies
    java.util.concurrent.CompletableFuture<Integer> first = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return post(replicas, replicas.get(0), one.update());
      } catch (Exception e) {
        return -1; // the connection died with the replica: Telegram posts the update again
      }
    });
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (api.typing().stream().noneMatch(t -> t.chatId() == one.chat()) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    Replicas.kill(replicas.get(0));
    api.slowTyping(0);
    assertTrue(first.get(10, java.util.concurrent.TimeUnit.SECONDS) != 200, "not acknowledged before it was answered");

    assertEquals(200, post(replicas, replicas.get(1), one.update()), "answered by another replica once the claim lapsed");
    awaitReplies(List.of(one), Duration.ofSeconds(5));
    Thread.sleep(1000);
    assertEquals(1, replies(one).size());
    assertTrue(replies(one).get(0).text().contains("123 million"));
  }

  /** One message a person sent, as a Telegram update. */
  record Asked(long chat, int messageId, int updateId, String question) {
    String update() {
      JsonObject chatJson = new JsonObject();
      chatJson.addProperty("id", chat);
      chatJson.addProperty("type", "private");
      JsonObject from = new JsonObject();
      from.addProperty("id", chat);
      from.addProperty("is_bot", false);
      from.addProperty("first_name", "User" + chat);
      from.addProperty("language_code", "en");
      JsonObject message = new JsonObject();
      message.addProperty("message_id", messageId);
      message.addProperty("date", 0);
      message.add("chat", chatJson);
      message.add("from", from);
      message.addProperty("text", question);
      return "{\"update_id\":" + updateId + ",\"message\":" + message + "}";
    }
  }

  private static List<Sent> replies(Asked one) {
    return api.sent().stream().filter(s -> s.chatId() == one.chat() && s.replyTo() == one.messageId()).toList();
  }

  private static void awaitReplies(List<Asked> asked, Duration within) throws InterruptedException {
    Predicate<Asked> answered = a -> !replies(a).isEmpty();
    long deadline = System.nanoTime() + within.toNanos();
    while (!asked.stream().allMatch(answered) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    List<Asked> missing = asked.stream().filter(answered.negate()).collect(Collectors.toList());
    assertTrue(missing.isEmpty(), "not answered within " + within + ": " + missing);
  }
}
