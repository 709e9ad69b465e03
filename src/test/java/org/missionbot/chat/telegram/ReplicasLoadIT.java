package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.LoadFigures;
import org.missionbot.RedisServer;
import org.missionbot.Replicas;
import org.missionbot.chat.telegram.BatchingBotApi.Sent;
import org.missionbot.chat.telegram.ReplicasIT.Asked;

/**
 * The replica benchmark (figures printed, no time asserted): 5,000 questions from 500 people posted to
 * three {@code serve} processes through their Telegram webhooks, round robin as a load balancer
 * would, one in twenty posted again to the next replica as Telegram's retry; all sharing a real
 * redis-server. Prints answers per second, p50/p99 from post to reply, the number lost and doubled
 * (asserted 0), and each replica's resident memory.
 */
class ReplicasLoadIT {

  private static final int PEOPLE = 500;
  private static final int QUESTIONS = 5_000;
  /** -Dbench.replicas=1 measures one replica under the same load, for comparison. */
  private static final int REPLICAS = Integer.getInteger("bench.replicas", 3);

  @TempDir
  Path root;

  @Test
  void fiveThousandQuestionsFromFiveHundredPeopleOverThreeReplicasAreEachAnsweredOnce() throws Exception {
    List<String> pool = TelegramLoadIT.questions();
    try (RedisServer redis = RedisServer.start(); BatchingBotApi api = new BatchingBotApi(ReplicasIT.TOKEN, 100);
        Replicas replicas = new Replicas(root, settings(redis, api.url()))) {
      List<Replicas.Replica> all = replicas.start(REPLICAS);
      Thread.sleep(3000); // the replicas' start-up work (embedding model, index) done before the clock starts
      Random random = new Random(0x5ca1eL);
      List<Asked> asked = new ArrayList<>();
      for (int i = 0; i < QUESTIONS; i++) {
        asked.add(new Asked(100_000 + random.nextInt(PEOPLE), 1 + i, 1 + i, pool.get(random.nextInt(pool.size()))));
      }
      Map<Integer, Long> posted = new ConcurrentHashMap<>();
      long start = System.nanoTime();
      try (ExecutorService balancer = Executors.newFixedThreadPool(32)) {
        List<Future<Integer>> statuses = new ArrayList<>();
        for (Asked one : asked) {
          statuses.add(balancer.submit(() -> {
            posted.putIfAbsent(one.messageId(), System.nanoTime());
            int status = ReplicasIT.post(replicas, all.get(one.updateId() % REPLICAS), one.update());
            if (one.updateId() % 20 == 0) { // Telegram posts it again: the retry reaches another replica
              ReplicasIT.post(replicas, all.get((one.updateId() + 1) % REPLICAS), one.update());
            }
            return status;
          }));
        }
        for (Future<Integer> status : statuses) {
          assertEquals(200, status.get());
        }
      }
      long allPosted = System.nanoTime() - start;
      awaitAll(api, Duration.ofMinutes(5));
      Thread.sleep(2000); // room for a late double to show

      List<Sent> sent = api.sent();
      Map<Integer, Long> lastReply = sent.stream().collect(Collectors.toMap(Sent::replyTo, Sent::nanos, Math::max));
      long lost = asked.stream().filter(a -> !lastReply.containsKey(a.messageId())).count();
      // a doubled answer repeats a reply's text to the same message (a long answer's parts differ)
      long doubled = sent.stream().collect(Collectors.groupingBy(s -> s.replyTo() + "\n" + s.text(), Collectors.counting()))
          .values().stream().filter(n -> n > 1).count();
      List<Long> latencies = new ArrayList<>();
      long end = start;
      for (Asked one : asked) {
        Long reply = lastReply.get(one.messageId());
        if (reply != null) {
          latencies.add(reply - posted.get(one.messageId()));
          end = Math.max(end, reply);
        }
      }
      new LoadFigures("Replicas: " + QUESTIONS + " questions from " + PEOPLE + " people over " + REPLICAS
          + " replicas by webhook (1 in 20 posted twice), " + (settings(redis, api.url()).containsKey("REDIS_URL")
          ? "Redis shared" : "no Redis"), latencies.size(), end - start, latencies).print();
      System.out.printf(Locale.ROOT, "Replicas: all posted within %.1f s (latency includes the wait in the queue); "
          + "lost %d, doubled %d; resident memory per replica: %s%n", allPosted / 1e9, lost, doubled,
          all.stream().map(r -> residentMegabytes(r.process()) + " MB").toList());
      assertEquals(0, lost, "lost");
      assertEquals(0, doubled, "doubled");
    }
  }

  /** Webhook settings with the shared Redis; without it for -Dbench.redis=false (one replica only: nothing is shared). */
  private static Map<String, String> settings(RedisServer redis, String apiUrl) {
    Map<String, String> settings = new java.util.HashMap<>(ReplicasIT.webhookSettings(redis.url(), apiUrl, 10_000));
    if (!Boolean.parseBoolean(System.getProperty("bench.redis", "true"))) {
      settings.remove("REDIS_URL");
    }
    return settings;
  }

  private static void awaitAll(BatchingBotApi api, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline
        && api.sent().stream().map(Sent::replyTo).distinct().count() < QUESTIONS) {
      Thread.sleep(100);
    }
  }

  /** The process's resident set from /proc, in MB; -1 where /proc has no such figure. */
  private static long residentMegabytes(Process process) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux, or the process is gone
    }
    return -1;
  }
}
