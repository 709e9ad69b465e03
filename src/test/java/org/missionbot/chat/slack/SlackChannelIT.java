package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.chat.ChatCore;
import org.missionbot.chat.Librarian;
import org.missionbot.chat.FeedbackLog;
import org.missionbot.chat.MissionBot;
import org.missionbot.chat.Texts;
import org.missionbot.search.Language;
import org.missionbot.config.Home;
import org.missionbot.corpus.ingest.FetchPolicy;

/** The Slack channel end to end: the real app in HTTP mode on 127.0.0.1, Slack's Web API stood in for. */
class SlackChannelIT {

  private static final String SECRET = "test-signing-secret";
  private static final String BOT_TOKEN = "xoxb-test-bot-token";

  @TempDir
  static Path home;
  @TempDir
  Path data;

  private static MissionBot bot;
  private SlackStandIn slack;
  private SlackChannel channel;
  private SignedClient client;

  @BeforeAll
  static void openBot() throws IOException {
    Path project = Path.of("").toAbsolutePath();
    copy(project.resolve("index/articles"), home.resolve("index/articles"));
    copy(project.resolve("config"), home.resolve("config"));
    bot = MissionBot.open(new Home(home));
  }

  @AfterAll
  static void closeBot() throws IOException {
    bot.close();
  }

  @AfterEach
  void stop() {
    if (channel != null) {
      channel.stop();
    }
    slack.close();
  }

  @Test
  void mentionIsAnsweredInItsThreadWithQuotesAndVoteButtons() throws Exception {
    start(Map.of());

    assertEquals(200, client.event(mention("Ev1", "C1", "100.1", null, "<@UBOT> How much has Canada pledged?")).statusCode());

    SlackStandIn.Call post = slack.next("/api/chat.postMessage");
    assertEquals("C1", post.form().get("channel"));
    assertEquals("100.1", post.form().get("thread_ts"));
    assertTrue(post.form().get("text").contains("$123 million"), post.form().get("text"));
    JsonArray blocks = JsonParser.parseString(post.form().get("blocks")).getAsJsonArray();
    assertTrue(blocks.get(1).getAsJsonObject().getAsJsonObject("text").get("text").getAsString().startsWith("> "));
    assertEquals("context", blocks.get(2).getAsJsonObject().get("type").getAsString());
    assertEquals("actions", blocks.get(blocks.size() - 1).getAsJsonObject().get("type").getAsString());
  }

  @Test
  void mentionInTheThreadIsAFollowUpOfTheThreadsQuestion() throws Exception {
    start(Map.of());
    client.event(mention("Ev1", "C1", "100.1", null, "<@UBOT> How much has Canada pledged?"));
    slack.next("/api/chat.postMessage");

    client.event(mention("Ev2", "C1", "100.5", "100.1", "<@UBOT> and Kenya?"));

    SlackStandIn.Call post = slack.next("/api/chat.postMessage");
    assertEquals("100.1", post.form().get("thread_ts"));
    List<String> log = Files.readAllLines(data.resolve("feedback.jsonl"));
    assertEquals(2, log.size());
    assertEquals("How much has Kenya pledged?", JsonParser.parseString(log.get(1)).getAsJsonObject().get("question").getAsString());
  }

  @Test
  void plainReplyInTheBotsThreadIsAnsweredThereAsTheFollowUpOfItsQuestion() throws Exception {
    start(Map.of());
    client.event(mention("Ev1", "C1", "100.1", null, "<@UBOT> How much has Canada pledged?"));
    slack.next("/api/chat.postMessage");

    assertEquals(200, client.event(channelMessage("Ev2", "channel", "C1", "100.5", "100.1", "and Kenya?", "")).statusCode());

    SlackStandIn.Call post = slack.next("/api/chat.postMessage");
    assertEquals("C1", post.form().get("channel"));
    assertEquals("100.1", post.form().get("thread_ts"));
    SlackMessage expected = SlackRenderer.answer(bot.answer("How much has Kenya pledged?")
        .withFirstLine("Reading that as: How much has Kenya pledged?"), "id", false);
    assertEquals(expected.text(), post.form().get("text"));
    assertEquals(withoutButtons(expected.blocks()), withoutButtons(JsonParser.parseString(post.form().get("blocks")).getAsJsonArray()));
    List<String> log = Files.readAllLines(data.resolve("feedback.jsonl"));
    assertEquals("How much has Kenya pledged?", JsonParser.parseString(log.get(1)).getAsJsonObject().get("question").getAsString());
  }

  @Test
  void plainReplyInAPrivateChannelThreadOfTheBotIsAFollowUpToo() throws Exception {
    start(Map.of());
    client.event(mention("Ev1", "G1", "100.1", null, "<@UBOT> How much has Canada pledged?"));
    slack.next("/api/chat.postMessage");

    client.event(channelMessage("Ev2", "group", "G1", "100.5", "100.1", "and Kenya?", ""));

    SlackStandIn.Call post = slack.next("/api/chat.postMessage");
    assertEquals("G1", post.form().get("channel"));
    assertEquals("100.1", post.form().get("thread_ts"));
    assertEquals(SlackRenderer.answer(bot.answer("How much has Kenya pledged?")
        .withFirstLine("Reading that as: How much has Kenya pledged?"), "id", false).text(), post.form().get("text"));
  }

  @Test
  void plainReplyInAThreadTheBotNeverAnsweredInGetsNothing() throws Exception {
    start(Map.of());
    client.event(mention("Ev1", "C1", "100.1", null, "<@UBOT> How much has Canada pledged?"));
    slack.next("/api/chat.postMessage");

    assertEquals(200, client.event(channelMessage("Ev2", "channel", "C1", "200.5", "200.1", "and Kenya?", "")).statusCode());
    assertEquals(200, client.event(channelMessage("Ev3", "channel", "C2", "100.5", "100.1", "and Kenya?", "")).statusCode());

    assertNull(slack.within("/api/chat.postMessage", 500));
  }

  @Test
  void otherChannelMessagesAreAcknowledgedAndIgnored() throws Exception {
    start(Map.of());
    client.event(mention("Ev1", "C1", "100.1", null, "<@UBOT> How much has Canada pledged?"));
    slack.next("/api/chat.postMessage");

    assertEquals(200, client.event(channelMessage("Ev2", "channel", "C1", "300.1", null, "How much has Kenya pledged?", "")).statusCode());
    assertEquals(200, client.event(channelMessage("Ev3", "channel", "C1", "100.1", "100.1", "How much?", "")).statusCode());
    assertEquals(200, client.event(channelMessage("Ev4", "channel", "C1", "100.6", "100.1", "$123 million",
        ",\"bot_id\":\"BBOT\"")).statusCode());
    assertEquals(200, client.event(channelMessage("Ev5", "channel", "C1", "100.7", "100.1", "and Kenya?",
        ",\"subtype\":\"thread_broadcast\"")).statusCode());

    assertNull(slack.within("/api/chat.postMessage", 500));
  }

  @Test
  void threadReplyMentioningTheBotSentAsMessageAndAppMentionIsAnsweredOnce() throws Exception {
    start(Map.of());
    client.event(mention("Ev1", "C1", "100.1", null, "<@UBOT> How much has Canada pledged?"));
    slack.next("/api/chat.postMessage");

    assertEquals(200, client.event(channelMessage("Ev2", "channel", "C1", "100.5", "100.1", "<@UBOT> and Kenya?", "")).statusCode());
    assertEquals(200, client.event(mention("Ev3", "C1", "100.5", "100.1", "<@UBOT> and Kenya?")).statusCode());

    assertEquals("100.1", slack.next("/api/chat.postMessage").form().get("thread_ts"));
    assertNull(slack.within("/api/chat.postMessage", 1000));
    assertEquals(2, Files.readAllLines(data.resolve("feedback.jsonl")).size());
  }

  @Test
  void directMessageIsAQuestionAnsweredInTheConversation() throws Exception {
    start(Map.of());

    client.event(directMessage("Ev1", "D1", "How many Kenyan police officers arrived first?", ""));

    SlackStandIn.Call post = slack.next("/api/chat.postMessage");
    assertEquals("D1", post.form().get("channel"));
    assertNull(post.form().get("thread_ts"));
    assertTrue(post.form().get("text").length() > 0);
  }

  @Test
  void questionTheArticlesDontAnswerSaysSo() throws Exception {
    start(Map.of());

    client.event(directMessage("Ev1", "D1", "What is the best pizza in Naples?", ""));

    SlackStandIn.Call post = slack.next("/api/chat.postMessage");
    assertTrue(post.form().get("text").startsWith("The articles don't say."), post.form().get("text"));
    assertTrue(Files.readString(data.resolve("feedback.jsonl")).contains("\"answered\":false"));
  }

  @Test
  void badSignatureIsRejectedWith401AndCannotMarkTheEventAsSeen() throws Exception {
    start(Map.of());
    String event = mention("Ev1", "C1", "100.1", null, "<@UBOT> Who is Jimmy Cherizier?");

    HttpResponse<String> forged = client.post(event, "application/json", Instant.now(), "wrong-secret");

    assertEquals(401, forged.statusCode());
    assertNull(slack.within("/api/chat.postMessage", 300));
    assertEquals(200, client.event(event).statusCode());
    assertEquals("100.1", slack.next("/api/chat.postMessage").form().get("thread_ts"));
  }

  @Test
  void aRequestDatedInTheFutureIsRejectedWith401() throws Exception {
    start(Map.of());
    String event = mention("Ev1", "C1", "100.1", null, "<@UBOT> Who is Jimmy Cherizier?");

    HttpResponse<String> ahead = client.post(event, "application/json", Instant.now().plus(Duration.ofMinutes(10)), SECRET);
    HttpResponse<String> farAhead = client.post(event, "application/json", Instant.now().plus(Duration.ofDays(365)), SECRET);

    assertEquals(401, ahead.statusCode());
    assertEquals(401, farAhead.statusCode());
    assertNull(slack.within("/api/chat.postMessage", 300));
    assertEquals(200, client.post(event, "application/json", Instant.now().plus(Duration.ofMinutes(2)), SECRET).statusCode(),
        "a clock a little ahead is within the window");
  }

  @Test
  void aSignedSlashCommandReplayedVerbatimIsAnsweredOnce() throws Exception {
    start(Map.of());
    String body = SignedClient.encode(command("How much has Canada pledged?", "c20"));
    Instant at = Instant.now();

    assertEquals(200, client.post(body, "application/x-www-form-urlencoded", at, SECRET).statusCode());
    assertEquals(200, client.post(body, "application/x-www-form-urlencoded", at, SECRET).statusCode());

    assertTrue(slack.next("/respond/c20").json().toString().contains("123"));
    assertNull(slack.within("/respond/c20", 1000), "the replay is acknowledged and not answered");
  }

  @Test
  void questionsBeyondTheQueueAreToldBusyInsteadOfBeingAcknowledgedAndLost() throws Exception {
    slack = new SlackStandIn();
    SlackSettings settings = settings(Map.of());
    channel = SlackChannel.create(settings, SlackChannel.core(bot, settings), null, 1);
    channel.start();
    client = new SignedClient(channel.port(), SECRET);
    slack.slowPostsTo("CSLOW", 1500);

    for (int i = 1; i <= 5; i++) { // four workers take four, one waits
      assertEquals(200, client.event(mention("Ev" + i, "CSLOW", "100." + i, null, "<@UBOT> Who is Jimmy Cherizier?"))
          .statusCode());
    }
    HttpResponse<String> command = client.form(command("How much has Canada pledged?", "c30"));
    assertEquals(200, client.event(mention("Ev6", "CSLOW", "100.6", null, "<@UBOT> Who is Jimmy Cherizier?")).statusCode());

    assertTrue(command.body().contains("answering a lot of questions right now"), command.body());
    List<String> posted = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      posted.add(slack.next("/api/chat.postMessage").form().get("text"));
    }
    assertEquals(1, posted.stream().filter(t -> t.contains("answering a lot of questions right now")).count(), posted.toString());
    assertNull(slack.within("/respond/c30", 300), "the refused command is not answered later");
  }

  @Test
  void staleTimestampIsRejectedWith401() throws Exception {
    start(Map.of());
    String event = mention("Ev1", "C1", "100.1", null, "<@UBOT> Who is Jimmy Cherizier?");

    HttpResponse<String> stale = client.post(event, "application/json", Instant.now().minus(Duration.ofMinutes(10)), SECRET);

    assertEquals(401, stale.statusCode());
    assertNull(slack.within("/api/chat.postMessage", 300));
  }

  @Test
  void retriedEventIsAnsweredOnce() throws Exception {
    start(Map.of());
    String event = mention("Ev1", "C1", "100.1", null, "<@UBOT> Who is Jimmy Cherizier?");

    assertEquals(200, client.event(event).statusCode());
    assertEquals(200, client.event(event, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout").statusCode());

    slack.next("/api/chat.postMessage");
    assertNull(slack.within("/api/chat.postMessage", 1000));
  }

  @Test
  void botMessagesAndEditsAreAcknowledgedAndIgnored() throws Exception {
    start(Map.of());

    assertEquals(200, client.event(directMessage("Ev1", "D1", "How much has Canada pledged?", ",\"bot_id\":\"BBOT\"")).statusCode());
    assertEquals(200, client.event(directMessage("Ev2", "D1", "How much has Canada pledged?", ",\"bot_id\":\"B2\"")).statusCode());
    assertEquals(200, client.event(directMessage("Ev3", "D1", "How much has Canada pledged?",
        ",\"subtype\":\"message_changed\"")).statusCode());
    assertEquals(200, client.event(directMessage("Ev4", "D2", "Who is Jimmy Cherizier?", "")).statusCode());

    assertEquals("D2", slack.next("/api/chat.postMessage").form().get("channel"));
    assertNull(slack.within("/api/chat.postMessage", 500));
  }

  @Test
  void failureWhileAnsweringPostsTheApologyInTheThread() throws Exception {
    start(Map.of());
    slack.failFirstPostTo("C9");

    client.event(mention("Ev1", "C9", "100.1", null, "<@UBOT> Who is Jimmy Cherizier?"));

    slack.next("/api/chat.postMessage");
    SlackStandIn.Call apology = slack.next("/api/chat.postMessage");
    assertEquals("100.1", apology.form().get("thread_ts"));
    assertEquals(ChatCore.FAILED, apology.form().get("text"));
  }

  @Test
  void askingTooFastGetsThePoliteRefusal() throws Exception {
    start(Map.of("SLACK_RATE_LIMIT", "1"));

    client.event(directMessage("Ev1", "D1", "Who is Jimmy Cherizier?", ""));
    slack.next("/api/chat.postMessage");
    client.event(directMessage("Ev2", "D1", "How much has Canada pledged?", ""));

    assertEquals(ChatCore.RATE_LIMITED, slack.next("/api/chat.postMessage").form().get("text"));
  }

  @Test
  void slashCommandIsAcknowledgedAtOnceThenAnsweredToTheAskerOnlyWithAShareButton() throws Exception {
    start(Map.of());

    long asked = System.nanoTime();
    HttpResponse<String> ack = client.form(command("How much has Canada pledged?", "c1"));

    assertEquals(200, ack.statusCode());
    assertTrue(Duration.ofNanos(System.nanoTime() - asked).toMillis() < 3000, "acknowledged within Slack's 3 s");
    JsonObject answer = slack.next("/respond/c1").json();
    assertEquals("ephemeral", answer.get("response_type").getAsString());
    assertTrue(answer.get("text").getAsString().contains("$123 million"));
    assertEquals(List.of("vote_up", "vote_down", "share"), actionIds(answer));
  }

  @Test
  void slashCommandAloneGreetsWithExamplesAsAnEmptyMessageDoesEverywhere() throws Exception {
    start(Map.of());

    HttpResponse<String> ack = client.form(command("", "c1"));

    assertEquals(200, ack.statusCode());
    JsonObject greeting = JsonParser.parseString(ack.body()).getAsJsonObject();
    assertEquals("ephemeral", greeting.get("response_type").getAsString());
    assertEquals(ChatCore.GREETING, greeting.get("text").getAsString());
    assertTrue(ack.body().contains("How much has Canada pledged?"), ack.body());
  }

  @Test
  void slashCommandHelpAndSourcesAreReadByTheCore() throws Exception {
    start(Map.of());

    assertEquals(200, client.form(command("help", "c41")).statusCode());
    JsonObject help = slack.next("/respond/c41").json();
    assertEquals(ChatCore.HELP, help.get("text").getAsString());
    assertTrue(help.toString().contains("How to ask"), help.toString());
    assertEquals(200, client.form(command("sources", "c42")).statusCode());
    JsonObject sources = slack.next("/respond/c42").json();
    assertTrue(sources.toString().contains("25 Jun 2024"), sources.toString());
  }

  @Test
  void anEditorAddsAnArticleWithTheSlashCommand() throws Exception {
    Path library = data.resolve("library");
    copy(home.resolve("index/articles"), library.resolve("index/articles"));
    byte[] page = ("Jamaica sends soldiers to Haiti\n\nJamaica said on Friday it would send 24 soldiers "
        + "and police officers to the Kenyan-led mission in Haiti.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    com.sun.net.httpserver.HttpServer news = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    news.createContext("/jamaica", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
      exchange.sendResponseHeaders(200, page.length);
      exchange.getResponseBody().write(page);
      exchange.close();
    });
    news.start();
    // the local page is allowed as SOURCES_ALLOW_PRIVATE=* allows it; by default it would be refused
    startWith(new Librarian(new Home(library), Set.of("U1"), FetchPolicy.forChat("*")));
    try {
      HttpResponse<String> ack = client.form(command("add http://127.0.0.1:" + news.getAddress().getPort() + "/jamaica", "c9"));

      assertEquals(200, ack.statusCode());
      assertTrue(ack.body().contains("Adding"), ack.body());
      String reply = slack.next("/respond/c9").json().get("text").getAsString();
      assertTrue(reply.startsWith("Added: Jamaica sends soldiers to Haiti"), reply);
      try (Stream<Path> files = Files.list(library.resolve("index/articles"))) {
        assertEquals(6, files.count());
      }
    } finally {
      news.stop(0);
    }
  }

  @Test
  void aFilePathIsNeverAddedFromSlack() throws Exception {
    Path library = data.resolve("library3");
    copy(home.resolve("index/articles"), library.resolve("index/articles"));
    startWith(new Librarian(new Home(library), Set.of("U1"), FetchPolicy.forChat("*")));

    client.form(command("add /etc/passwd", "c11"));

    String reply = slack.next("/respond/c11").json().get("text").getAsString();
    assertTrue(reply.startsWith("Not added: only web addresses"), reply);
    try (Stream<Path> files = Files.list(library.resolve("index/articles"))) {
      assertEquals(5, files.count());
    }
  }

  @Test
  void someoneNotNamedAnEditorCannotAddAnArticle() throws Exception {
    Path library = data.resolve("library2");
    copy(home.resolve("index/articles"), library.resolve("index/articles"));
    startWith(new Librarian(new Home(library), Set.of("U2")));

    HttpResponse<String> ack = client.form(command("add https://example.org/article", "c10"));

    assertTrue(ack.body().contains("Only the editors"), ack.body());
    try (Stream<Path> files = Files.list(library.resolve("index/articles"))) {
      assertEquals(5, files.count());
    }
  }

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

  @Test
  void aPersonWhoseSlackIsInFrenchIsGreetedAnsweredAndShownTheHomeTabInFrench() throws Exception {
    start(Map.of());
    slack.userLocale("U1", "fr-FR");

    client.event(mention("Ev1", "C1", "100.1", null, "<@UBOT>"));
    SlackStandIn.Call asked = slack.next("/api/users.info");
    assertEquals(Map.of("user", "U1", "include_locale", "1"), asked.form(), asked.body());
    String greeting = slack.next("/api/chat.postMessage").form().get("text");
    assertEquals(Texts.get(Language.FRENCH, "greeting"), greeting);

    client.event(mention("Ev2", "C1", "100.2", null, "<@UBOT> Ruto ?"));
    String blocks = slack.next("/api/chat.postMessage").form().get("blocks");
    assertTrue(blocks.contains("Les articles sont en anglais"), "a name alone is read in the person's language: " + blocks);

    client.event(mention("Ev3", "C1", "100.3", null, "<@UBOT> Combien de policiers kényans sont arrivés en premier ?"));
    blocks = slack.next("/api/chat.postMessage").form().get("blocks");
    assertTrue(blocks.contains("Associated Press \u00b7 25 juin 2024"), blocks);
    assertTrue(blocks.contains("\ud83d\udc4d Utile"), blocks);
    assertNull(slack.within("/api/users.info", 200), "the locale is asked once a person");

    client.event("{\"type\":\"event_callback\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"event_id\":\"Ev4\",\"event_time\":1,"
        + "\"event\":{\"type\":\"app_home_opened\",\"user\":\"U1\",\"channel\":\"D1\",\"tab\":\"home\",\"event_ts\":\"1.1\"}}");
    String view = slack.next("/api/views.publish").form().get("view");
    assertTrue(view.contains("Comment poser une question") && view.contains("25 juin 2024"), view);
  }

  @Test
  void openingTheAppHomePublishesHowToAskAndTheSources() throws Exception {
    start(Map.of());

    client.event("{\"type\":\"event_callback\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"event_id\":\"Ev1\",\"event_time\":1,"
        + "\"event\":{\"type\":\"app_home_opened\",\"user\":\"U1\",\"channel\":\"D1\",\"tab\":\"home\",\"event_ts\":\"1.1\"}}");

    SlackStandIn.Call publish = slack.next("/api/views.publish");
    assertEquals("U1", publish.form().get("user_id"));
    JsonObject view = JsonParser.parseString(publish.form().get("view")).getAsJsonObject();
    assertEquals("home", view.get("type").getAsString());
    assertTrue(view.toString().contains("How to ask") && view.toString().contains("25 Jun 2024"), view.toString());
  }

  @Test
  void rejectedTokenStopsTheStartWithoutShowingIt() throws Exception {
    slack = new SlackStandIn();
    slack.rejectTokens();
    SlackChannel rejected = SlackChannel.create(settings(Map.of()), ChatCore.withDefaults(bot));

    IllegalStateException e = assertThrows(IllegalStateException.class, rejected::start);

    assertTrue(e.getMessage().contains("invalid_auth"), e.getMessage());
    assertFalse(e.getMessage().contains(BOT_TOKEN), e.getMessage());
  }

  @Test
  void rejectedAppTokenStopsTheSocketModeStartWithoutShowingIt() throws Exception {
    slack = new SlackStandIn();
    SlackChannel rejected = SlackChannel.create(settings(Map.of("SLACK_APP_TOKEN", "xapp-test-app-token")),
        ChatCore.withDefaults(bot));

    IllegalStateException e = assertThrows(IllegalStateException.class, rejected::start);

    assertTrue(e.getMessage().contains("SLACK_APP_TOKEN") && e.getMessage().contains("invalid_auth"), e.getMessage());
    assertFalse(e.getMessage().contains("xapp-test-app-token"), e.getMessage());
    rejected.stop();
  }

  @Test
  void aPortInUseStopsTheStartWithThePortNamed() throws Exception {
    start(Map.of());
    SlackChannel second = SlackChannel.create(settings(Map.of("PORT", Integer.toString(channel.port()))),
        ChatCore.withDefaults(bot));

    IOException e = assertThrows(IOException.class, second::start);

    assertTrue(e.getMessage().startsWith("could not listen on PORT " + channel.port()), e.getMessage());
    second.stop();
  }

  @Test
  void urlVerificationChallengeIsEchoed() throws Exception {
    start(Map.of());

    HttpResponse<String> response = client.event("{\"token\":\"t\",\"challenge\":\"c-123\",\"type\":\"url_verification\"}");

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("c-123"), response.body());
  }

  @Test
  void stopReturnsWithinTenSeconds() throws Exception {
    start(Map.of());
    client.event(directMessage("Ev1", "D1", "Who is Jimmy Cherizier?", ""));
    long started = System.nanoTime();

    channel.stop();
    channel = null;

    assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 10);
  }

  private void startWith(Librarian librarian) throws Exception {
    slack = new SlackStandIn();
    SlackSettings settings = settings(Map.of());
    channel = SlackChannel.create(settings, SlackChannel.core(bot, settings), librarian);
    channel.start();
    client = new SignedClient(channel.port(), SECRET);
  }

  private void start(Map<String, String> extra) throws Exception {
    slack = new SlackStandIn();
    SlackSettings settings = settings(extra);
    channel = SlackChannel.create(settings, SlackChannel.core(bot, settings));
    channel.start();
    client = new SignedClient(channel.port(), SECRET);
  }

  private SlackSettings settings(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_SIGNING_SECRET", SECRET,
        "SLACK_API_URL", slack.apiUrl(), "PORT", "0", "FEEDBACK_FILE", data.resolve("feedback.jsonl").toString()));
    env.putAll(extra);
    return SlackSettings.fromEnv(env);
  }

  static String mention(String eventId, String channel, String ts, String threadTs, String text) {
    JsonObject event = new JsonObject();
    event.addProperty("type", "app_mention");
    event.addProperty("user", "U1");
    event.addProperty("text", text);
    event.addProperty("ts", ts);
    if (threadTs != null) {
      event.addProperty("thread_ts", threadTs);
    }
    event.addProperty("channel", channel);
    event.addProperty("event_ts", ts);
    return callback(eventId, event.toString());
  }

  private static String directMessage(String eventId, String channel, String text, String more) {
    JsonObject event = new JsonObject();
    event.addProperty("text", text);
    String json = event.toString();
    return callback(eventId, "{\"type\":\"message\",\"channel_type\":\"im\",\"user\":\"U1\",\"channel\":\"" + channel
        + "\",\"ts\":\"300.1\",\"event_ts\":\"300.1\"," + json.substring(1, json.length() - 1) + more + "}");
  }

  /** A message in a channel ({@code channelType} "channel") or private channel ("group"); in a thread when threadTs is set. */
  static String channelMessage(String eventId, String channelType, String channel, String ts, String threadTs,
                                       String text, String more) {
    JsonObject event = new JsonObject();
    event.addProperty("type", "message");
    event.addProperty("channel_type", channelType);
    event.addProperty("channel", channel);
    event.addProperty("user", "U2");
    event.addProperty("text", text);
    event.addProperty("ts", ts);
    if (threadTs != null) {
      event.addProperty("thread_ts", threadTs);
    }
    event.addProperty("event_ts", ts);
    String json = event.toString();
    return callback(eventId, json.substring(0, json.length() - 1) + more + "}");
  }

  /** The blocks without the last, the buttons, whose answer id is new each time. */
  private static JsonArray withoutButtons(JsonArray blocks) {
    JsonArray copy = blocks.deepCopy();
    copy.remove(copy.size() - 1);
    return copy;
  }

  static String callback(String eventId, String event) {
    return "{\"token\":\"t\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\",\"event_id\":\""
        + eventId + "\",\"event_time\":1700000000,\"event\":" + event + "}";
  }

  private Map<String, String> command(String text, String responseName) {
    return command(slack, text, responseName);
  }

  /** A signed slash command's fields, {@code /mission text}, its response going to the stand-in's {@code responseName}. */
  static Map<String, String> command(SlackStandIn slack, String text, String responseName) {
    return Map.of("token", "t", "team_id", "T1", "channel_id", "C1", "user_id", "U1", "user_name", "ana",
        "command", "/mission", "text", text, "response_url", slack.responseUrl(responseName), "trigger_id", "tr-" + responseName);
  }

  private String click(String actionId, String value, String responseName) {
    return click(slack, actionId, value, responseName);
  }

  /** A click on a button of an answer, its response going to the stand-in's {@code responseName}. */
  static String click(SlackStandIn slack, String actionId, String value, String responseName) {
    return "{\"type\":\"block_actions\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"U1\",\"username\":\"ana\"},"
        + "\"api_app_id\":\"A1\",\"token\":\"t\",\"trigger_id\":\"tr2\",\"channel\":{\"id\":\"C1\",\"name\":\"general\"},"
        + "\"container\":{\"type\":\"message\"},\"response_url\":\"" + slack.responseUrl(responseName) + "\","
        + "\"actions\":[{\"type\":\"button\",\"action_id\":\"" + actionId + "\",\"block_id\":\"answer_actions\","
        + "\"value\":\"" + value + "\",\"action_ts\":\"1.1\"}]}";
  }

  private static JsonArray buttons(JsonObject message) {
    JsonArray blocks = message.getAsJsonArray("blocks");
    return blocks.get(blocks.size() - 1).getAsJsonObject().getAsJsonArray("elements");
  }

  private static List<String> actionIds(JsonObject message) {
    return buttons(message).asList().stream().map(b -> b.getAsJsonObject().get("action_id").getAsString()).toList();
  }

  static String answerId(JsonObject message) {
    return buttons(message).get(0).getAsJsonObject().get("value").getAsString();
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }
}
