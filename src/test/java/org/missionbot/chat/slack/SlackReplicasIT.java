package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.RedisServer;
import org.missionbot.Replicas;

/**
 * Slack's Events API spread over three replicas of {@code serve} (processes) sharing a real
 * redis-server: every event, and Slack's retry of it sent to another replica, is answered once; a
 * reply in the bot's thread reaching another replica than the question is answered there as its
 * follow-up; the buttons of an answer work on every replica, and a person votes once.
 */
class SlackReplicasIT {

  private static final String SECRET = "replica-signing-secret";

  @TempDir
  Path root;

  @Test
  void eventsAndTheirRetriesSpreadOverReplicasAreAnsweredOnceAndThreadsFollowUpAcrossThem() throws Exception {
    try (RedisServer redis = RedisServer.start(); SlackStandIn slack = new SlackStandIn();
        Replicas replicas = new Replicas(root, Map.of("SLACK_BOT_TOKEN", "xoxb-replica-token", "SLACK_SIGNING_SECRET", SECRET,
            "SLACK_API_URL", slack.apiUrl(), "SLACK_RATE_LIMIT", "1000", "REDIS_URL", redis.url()))) {
      List<Replicas.Replica> all = replicas.start(3);

      int events = 24;
      try (ExecutorService posting = Executors.newFixedThreadPool(6)) {
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < events; i++) {
          String event = SlackChannelFixture.mention("EvR" + i, "C" + i, "100." + i, null, "<@UBOT> Who leads the mission?");
          Replicas.Replica first = all.get(i % 3);
          Replicas.Replica retry = all.get((i + 1) % 3);
          statuses.add(posting.submit(() -> new SignedClient(first.port(), SECRET).event(event).statusCode()));
          statuses.add(posting.submit(() -> new SignedClient(retry.port(), SECRET)
              .event(event, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout").statusCode()));
        }
        for (Future<Integer> status : statuses) {
          assertEquals(200, status.get());
        }
      }
      Map<String, Integer> posts = new HashMap<>();
      for (int i = 0; i < events; i++) {
        SlackStandIn.Call post = slack.next("/api/chat.postMessage");
        posts.merge(post.form().get("channel") + "/" + post.form().get("thread_ts"), 1, Integer::sum);
      }
      assertNull(slack.within("/api/chat.postMessage", 1500), "no event answered twice");
      assertEquals(events, posts.size(), posts.toString());

      new SignedClient(all.get(0).port(), SECRET)
          .event(SlackChannelFixture.mention("EvQ", "CF", "300.1", null, "<@UBOT> How much has Canada pledged?"));
      slack.next("/api/chat.postMessage");
      new SignedClient(all.get(2).port(), SECRET)
          .event(SlackChannelFixture.channelMessage("EvF", "channel", "CF", "300.5", "300.1", "and Kenya?", ""));
      SlackStandIn.Call followUp = slack.next("/api/chat.postMessage");
      assertEquals("300.1", followUp.form().get("thread_ts"));
      assertTrue(followUp.form().get("text").startsWith("Reading that as: How much has Kenya pledged?"),
          followUp.form().get("text"));

      // the buttons of an answer given by one replica, clicked on the others
      new SignedClient(all.get(0).port(), SECRET).form(SlackChannelFixture.command(slack, "How much has Canada pledged?", "r1"));
      String answerId = SlackChannelFixture.answerId(slack.next("/respond/r1").json());
      new SignedClient(all.get(1).port(), SECRET).interaction(SlackChannelFixture.click(slack, "vote_up", answerId, "v1"));
      assertEquals(SlackAnswers.THANKS, slack.next("/respond/v1").json().get("text").getAsString());
      new SignedClient(all.get(2).port(), SECRET).interaction(SlackChannelFixture.click(slack, "vote_up", answerId, "v2"));
      assertEquals(SlackAnswers.VOTED, slack.next("/respond/v2").json().get("text").getAsString());
      new SignedClient(all.get(2).port(), SECRET).interaction(SlackChannelFixture.click(slack, "share", answerId, "s1"));
      assertTrue(slack.next("/respond/s1").json().get("text").getAsString().contains("$123 million"));
    }
  }
}
