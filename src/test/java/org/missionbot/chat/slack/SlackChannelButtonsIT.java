package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionbot.chat.FeedbackLog;

/** The buttons under an answer: share posts it in the channel, a vote is recorded once and thanked. */
class SlackChannelButtonsIT extends SlackChannelFixture {

  @Test
  void shareButtonPostsTheAnswerInTheChannel() throws Exception {
    start(Map.of());
    client.form(command("How much has Canada pledged?", "c1"));
    String answerId = answerId(slack.next("/respond/c1").json());

    assertEquals(200, client.interaction(click("share", answerId, "b1")).statusCode());

    JsonObject shared = slack.next("/respond/b1").json();
    assertEquals("in_channel", shared.get("response_type").getAsString());
    assertTrue(shared.get("text").getAsString().contains("$123 million"));
    assertEquals(List.of("vote_up", "vote_down"), actionIds(shared));
  }

  @Test
  void voteIsRecordedWithTheQuestionAndThanked() throws Exception {
    start(Map.of());
    client.form(command("How much has Canada pledged?", "c1"));
    String answerId = answerId(slack.next("/respond/c1").json());

    client.interaction(click("vote_down", answerId, "b1"));

    assertEquals(SlackAnswers.THANKS, slack.next("/respond/b1").json().get("text").getAsString());
    String log = Files.readString(data.resolve("feedback.jsonl"));
    assertTrue(log.contains("\"kind\":\"vote\""), log);
    assertTrue(log.contains("\"vote\":\"down\""), log);
    assertTrue(FeedbackLog.summarise(data.resolve("feedback.jsonl")).contains("votes: 1 ("));
  }

  @Test
  void aSecondVoteOnTheSameAnswerIsNotCounted() throws Exception {
    start(Map.of());
    client.form(command("How much has Canada pledged?", "c1"));
    String answerId = answerId(slack.next("/respond/c1").json());
    client.interaction(click("vote_up", answerId, "b1"));
    slack.next("/respond/b1");

    client.interaction(click("vote_up", answerId, "b2"));

    assertEquals(SlackAnswers.VOTED, slack.next("/respond/b2").json().get("text").getAsString());
    assertTrue(FeedbackLog.summarise(data.resolve("feedback.jsonl")).contains("votes: 1 ("));
  }

  @Test
  void voteOnAForgottenAnswerAsksToAskAgain() throws Exception {
    start(Map.of());

    client.interaction(click("vote_up", "no-such-answer", "b1"));

    assertEquals(SlackAnswers.EXPIRED, slack.next("/respond/b1").json().get("text").getAsString());
  }
}
