package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.Checkout;
import org.missionbot.LoadFigures;
import org.missionbot.chat.MissionBot;
import org.missionbot.config.Home;

/**
 * Load: 500 signed events (mentions in channel threads and direct messages, from 100 people), 50 of
 * them delivered again as Slack's retries with X-Slack-Retry-Num, against the real app in HTTP mode.
 * Every delivery is acknowledged with 200; each distinct event gets exactly one chat.postMessage, in
 * its channel and thread; no retry is answered again. Prints throughput and p99 latency (event sent
 * to its chat.postMessage received).
 */
class SlackLoadIT {

  private static final String SECRET = "load-signing-secret";
  private static final int EVENTS = 500;
  private static final int RETRIES = 50;
  private static final int USERS = 100;
  private static final int SENDERS = 8;

  @TempDir
  Path home;

  @Test
  void fiveHundredEventsWithRetriesAreEachAnsweredExactlyOnceInTheirThread() throws Exception {
    Checkout.copyHome(home);
    try (MissionBot bot = MissionBot.open(new Home(home)); RecordingWebApi slack = new RecordingWebApi()) {
      SlackSettings settings = SlackSettings.fromEnv(Map.of("SLACK_BOT_TOKEN", "xoxb-load", "SLACK_SIGNING_SECRET",
          SECRET, "SLACK_API_URL", slack.apiUrl(), "PORT", "0", "SLACK_RATE_LIMIT", "100000",
          "FEEDBACK_FILE", home.resolve("feedback.jsonl").toString()));
      SlackChannel channel = SlackChannel.create(settings, SlackChannel.core(bot, settings));
      channel.start();
      try {
        List<Event> events = events(Checkout.questionsOf(Checkout.GOLDEN_QUESTIONS));
        Map<String, Long> sentAt = send(new SignedClient(channel.port(), SECRET), deliveries(events));
        awaitPosts(slack, EVENTS);
        Thread.sleep(1_000); // room for a second answer to show
        Map<String, RecordingWebApi.Post> posts = byPlace(slack.posts());
        assertExactlyOnce(events, posts);
        figures(events, posts, sentAt).print();
      } finally {
        channel.stop();
      }
    }
  }

  /** One event: where it was asked (channel, and thread or "" for a DM outside threads) and by whom. */
  private record Event(String id, String channel, String threadTs, String user, String json) {

    String where() {
      return channel + "|" + threadTs;
    }
  }

  /** A delivery: the event, and its retry number (0 for the first delivery). */
  private record Delivery(Event event, int retry) {}

  /** Half mentions (a new thread, or in a thread), half DMs (in a thread or not); each in its own place. */
  private static List<Event> events(List<String> questions) {
    Random random = new Random(0x51ac_0001L);
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < EVENTS; i++) {
      String user = "U" + random.nextInt(USERS);
      String question = questions.get(random.nextInt(questions.size()));
      String ts = (1_700_000_000 + i) + ".000100";
      JsonObject event = new JsonObject();
      event.addProperty("user", user);
      event.addProperty("ts", ts);
      event.addProperty("event_ts", ts);
      String channel;
      String thread;
      if (i % 2 == 0) {
        channel = "C" + random.nextInt(10);
        thread = random.nextBoolean() ? ts : (1_600_000_000 + i) + ".000200";
        event.addProperty("type", "app_mention");
        event.addProperty("text", "<@UBOT> " + question);
        if (!thread.equals(ts)) {
          event.addProperty("thread_ts", thread);
        }
      } else {
        channel = "D" + i;
        thread = random.nextBoolean() ? "" : (1_600_000_000 + i) + ".000300";
        event.addProperty("type", "message");
        event.addProperty("channel_type", "im");
        event.addProperty("text", question);
        if (!thread.isEmpty()) {
          event.addProperty("thread_ts", thread);
        }
      }
      event.addProperty("channel", channel);
      String id = "Ev" + String.format("%04d", i);
      String json = "{\"token\":\"t\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
          + "\"event_id\":\"" + id + "\",\"event_time\":1700000000,\"event\":" + event + "}";
      events.add(new Event(id, channel, thread, user, json));
    }
    return events;
  }

  /** Every event once, in a shuffled order, and 50 of them again later as retries 1 and (some) 2. */
  private static List<Delivery> deliveries(List<Event> events) {
    Random random = new Random(0x51ac_0002L);
    List<Delivery> deliveries = new ArrayList<>(events.stream().map(e -> new Delivery(e, 0)).toList());
    Collections.shuffle(deliveries, random);
    List<Event> retried = new ArrayList<>(events);
    Collections.shuffle(retried, random);
    for (int i = 0; i < RETRIES; i++) {
      Event event = retried.get(i);
      int first = deliveries.indexOf(new Delivery(event, 0));
      int at = first + 1 + random.nextInt(deliveries.size() - first);
      deliveries.add(at, new Delivery(event, 1 + i % 2));
    }
    return deliveries;
  }

  /** Sends the deliveries from 8 threads; returns when each event's first delivery was sent. */
  private static Map<String, Long> send(SignedClient client, List<Delivery> deliveries) throws Exception {
    Map<String, Long> sentAt = new ConcurrentHashMap<>();
    ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (Delivery delivery : deliveries) {
        statuses.add(senders.submit(() -> {
          sentAt.putIfAbsent(delivery.event().id(), System.nanoTime());
          HttpResponse<String> response = delivery.retry() == 0 ? client.event(delivery.event().json())
              : client.event(delivery.event().json(), "X-Slack-Retry-Num", String.valueOf(delivery.retry()),
                  "X-Slack-Retry-Reason", "http_timeout");
          return response.statusCode();
        }));
      }
      for (int i = 0; i < statuses.size(); i++) {
        assertEquals(200, statuses.get(i).get(), "acknowledged: " + deliveries.get(i));
      }
    } finally {
      senders.shutdown();
    }
    return sentAt;
  }

  private static void awaitPosts(RecordingWebApi slack, int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (slack.posts().size() < count && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  /** The posts by where they went (channel and thread); a second post to one place fails. */
  private static Map<String, RecordingWebApi.Post> byPlace(List<RecordingWebApi.Post> all) {
    Map<String, RecordingWebApi.Post> posts = new HashMap<>();
    for (RecordingWebApi.Post post : all) {
      String where = post.form().get("channel") + "|" + post.form().getOrDefault("thread_ts", "");
      assertNull(posts.put(where, post), "answered twice at " + where);
    }
    return posts;
  }

  private static void assertExactlyOnce(List<Event> events, Map<String, RecordingWebApi.Post> posts) {
    for (Event event : events) {
      assertNotNull(posts.get(event.where()), "no answer to " + event.id() + " at " + event.where());
    }
    assertEquals(EVENTS, posts.size(), "one post per event, nowhere else");
  }

  private static LoadFigures figures(List<Event> events, Map<String, RecordingWebApi.Post> posts,
                                     Map<String, Long> sentAt) {
    List<Long> latencies = new ArrayList<>();
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (Event event : events) {
      long sent = sentAt.get(event.id());
      long posted = posts.get(event.where()).nanos();
      latencies.add(posted - sent);
      first = Math.min(first, sent);
      last = Math.max(last, posted);
    }
    return new LoadFigures("Slack, " + EVENTS + " events (+" + RETRIES + " retries) from " + USERS
        + " people, HTTP mode", latencies.size(), last - first, latencies);
  }
}
