package org.missionbot.chat.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import org.missionbot.chat.Feedback;
import org.missionbot.chat.FeedbackLog;
import org.missionbot.chat.shared.SharedStore;
import java.time.Duration;
import org.missionbot.chat.ChatCore;
import org.missionbot.chat.Librarian;
import org.missionbot.chat.FollowUps;
import org.missionbot.chat.http.HttpMount;
import org.missionbot.chat.MissionBot;
import org.missionbot.chat.RateLimiter;
import org.missionbot.chat.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mission Bot on Slack: a Bolt app that answers mentions in threads and the plain replies that follow
 * them there, direct messages and the {@code /mission} command, takes votes and shares, and publishes
 * the App Home tab; over Socket Mode when there is an app token, else over signed HTTP. Every request
 * is acknowledged at once and answered on a worker thread.
 */
public final class SlackChannel {

  /** The slash command, as declared in the app manifest. */
  public static final String COMMAND = "/mission";
  private static final Logger LOG = LoggerFactory.getLogger(SlackChannel.class);
  private static final int WORKERS = 4;
  /**
   * Questions that may wait for a worker: a few seconds of answering at the measured rate. More are told
   * "busy" at once rather than acknowledged and lost should the process die with them waiting.
   */
  static final int QUEUE = 512;
  private static final long STOP_SECONDS = 8;

  private final SlackSettings settings;
  private final App app;
  private final MethodsClient client;
  private final SlackAnswers answers;
  private final AnswerWorkers workers;
  /** Additions of articles, on their own thread: a slow page never takes a worker that answers questions. */
  private final AnswerWorkers adds;
  private final Librarian librarian;
  private final UserLocales locales;
  /** Where event de-duplication and answered threads are shared with other replicas; null: in process only. */
  private final SharedStore shared;
  private HttpEndpoint http;
  private SocketModeApp socket;

  private SlackChannel(SlackSettings settings, App app, SlackAnswers answers, Librarian librarian, int queue,
      SharedStore shared) {
    this.settings = settings;
    this.shared = shared;
    this.librarian = librarian;
    this.app = app;
    this.client = app.slack().methods(settings.botToken().reveal());
    this.answers = answers;
    this.locales = new UserLocales(client, 10_000);
    this.workers = new AnswerWorkers(WORKERS, "slack-answer-", queue);
    this.adds = new AnswerWorkers(1, "slack-add-", 4);
  }

  /** A channel for these settings around a chat core; {@link #start()} connects it. */
  public static SlackChannel create(SlackSettings settings, ChatCore core) {
    return create(settings, core, null);
  }

  /** A channel whose {@code /mission add <url>} adds articles through the librarian (null: nobody can). */
  public static SlackChannel create(SlackSettings settings, ChatCore core, Librarian librarian) {
    return create(settings, core, librarian, QUEUE);
  }

  /** Like {@link #create(SlackSettings, ChatCore, Librarian)}, with room for {@code queue} waiting questions. */
  static SlackChannel create(SlackSettings settings, ChatCore core, Librarian librarian, int queue) {
    return create(settings, core, librarian, queue, null);
  }

  /**
   * Like {@link #create(SlackSettings, ChatCore, Librarian)}, one replica of several: events and
   * commands seen, and threads answered in, are kept in {@code shared} (null: in this process only).
   */
  public static SlackChannel create(SlackSettings settings, ChatCore core, Librarian librarian, SharedStore shared) {
    return create(settings, core, librarian, QUEUE, shared);
  }

  static SlackChannel create(SlackSettings settings, ChatCore core, Librarian librarian, int queue, SharedStore shared) {
    return create(settings, core, librarian, queue, shared, Feedback.of(core, log(settings), shared));
  }

  /** The feedback log the settings describe. */
  private static FeedbackLog log(SlackSettings settings) {
    try {
      return FeedbackLog.open(settings.feedback(), Clock.systemUTC());
    } catch (IOException e) {
      throw new UncheckedIOException("the feedback log " + settings.feedback().file() + " cannot be opened", e);
    }
  }

  /**
   * Like {@link #create(SlackSettings, ChatCore, Librarian, SharedStore)}, votes kept by
   * {@code feedback} (with the feedback log the other channels write to).
   */
  public static SlackChannel create(SlackSettings settings, ChatCore core, Librarian librarian, SharedStore shared,
      Feedback feedback) {
    return create(settings, core, librarian, QUEUE, shared, feedback);
  }

  static SlackChannel create(SlackSettings settings, ChatCore core, Librarian librarian, int queue, SharedStore shared,
      Feedback feedback) {
    return new SlackChannel(settings, new App(appConfig(settings)), new SlackAnswers(core, feedback), librarian, queue,
        shared);
  }

  /** Adds an article for a person on the adding thread, and tells them how it went; false when too many wait. */
  boolean addArticle(String person, String source, String responseUrl) {
    return adds.submit("add by " + person, () -> send(responseUrl, SlackRenderer.notice(librarian.add(person, source)), false),
        () -> send(responseUrl, failed("add:" + person, person), false));
  }

  /** Whether this person may add articles from Slack. */
  boolean mayAdd(String person) {
    return librarian != null && librarian.mayAdd(person);
  }

  /** The chat core for a bot with this channel's rate limit (SLACK_RATE_LIMIT questions a minute per user). */
  public static ChatCore core(MissionBot bot, SlackSettings settings) {
    return core(bot, settings, null);
  }

  /** Like {@link #core(MissionBot, SlackSettings)}, its state kept in {@code shared} too (null: in process only). */
  public static ChatCore core(MissionBot bot, SlackSettings settings, SharedStore shared) {
    return ChatCore.forChannel(bot, settings.rateLimit(), shared);
  }

  /**
   * Checks the bot token with auth.test, then takes events: over Socket Mode, or on HTTP at
   * {@code /slack/events}. Throws {@link IllegalStateException} when Slack rejects a token; the
   * message names the token, never shows it.
   */
  public void start() throws IOException {
    start(null);
  }

  /**
   * Like {@link #start()}, but in HTTP mode serves {@code /slack/events} on the service's server
   * rather than opening one on PORT; null opens one.
   */
  public void start(HttpMount shared) throws IOException {
    AuthTestResponse bot = checkBotToken();
    route(bot.getUserId());
    if (settings.socketMode()) {
      startSocketMode();
    } else {
      app.start();
      http = new HttpEndpoint(app);
      if (shared == null) {
        listen(http);
      } else {
        shared.mount(HttpEndpoint.PATH, http);
      }
    }
    LOG.info("Slack channel started as {} in {} in {} mode{}", bot.getUser(), bot.getTeam(), settings.socketMode() ? "Socket" : "HTTP",
        http == null ? "" : ", listening on port " + (shared == null ? http.port() : shared.port()) + HttpEndpoint.PATH);
  }

  /** Stops taking events, lets the answers in progress finish, and returns within 10 seconds. */
  public void stop() {
    if (http != null) {
      http.stop();
    }
    if (socket != null) {
      AnswerWorkers.quietly("stop Socket Mode", socket::stop);
    }
    workers.stop(STOP_SECONDS);
    adds.stop(1);
    AnswerWorkers.quietly("stop the Bolt app", app::stop);
  }

  /** Whether the channel answers: no answer has been running for two minutes or more. */
  public boolean healthy() {
    return workers.noneStuck();
  }

  /** The HTTP port taken (the one picked when PORT is 0), or -1 in Socket Mode or on the service's server. */
  public int port() {
    return http == null ? -1 : http.port();
  }

  private static AppConfig appConfig(SlackSettings settings) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(settings.apiUrl());
    return AppConfig.builder()
        .slack(Slack.getInstance(config))
        .singleTeamBotToken(settings.botToken().reveal())
        .signingSecret(settings.signingSecret() == null ? null : settings.signingSecret().reveal())
        .requestVerificationEnabled(!settings.socketMode())
        .build();
  }

  private void listen(HttpEndpoint endpoint) throws IOException {
    try {
      endpoint.listen(new InetSocketAddress(settings.port()));
    } catch (IOException e) {
      throw new IOException("could not listen on PORT " + settings.port() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Adds the handlers, which know the bot's user id to tell its mentions; Bolt checks the token again
   * here, so it comes after our clearer check.
   */
  private void route(String botUserId) {
    app.use(new EventGate(10_000, shared));
    new SlackRoutes(this, new AnsweredThreads(botUserId, 10_000, shared)).register(app);
  }

  private AuthTestResponse checkBotToken() throws IOException {
    AuthTestResponse auth;
    try {
      auth = client.authTest(r -> r);
    } catch (SlackApiException e) {
      throw new IllegalStateException("Slack rejected SLACK_BOT_TOKEN: auth.test answered HTTP " + e.getResponse().code());
    } catch (IOException e) {
      throw new IOException("could not reach the Slack Web API at " + settings.apiUrl() + ": " + redact(e.getMessage()));
    }
    if (!auth.isOk()) {
      throw new IllegalStateException("Slack rejected SLACK_BOT_TOKEN: auth.test said " + auth.getError());
    }
    return auth;
  }

  private void startSocketMode() throws IOException {
    try {
      socket = new SocketModeApp(settings.appToken().reveal(), app);
      socket.startAsync();
    } catch (Exception e) {
      throw new IllegalStateException("Slack did not open Socket Mode with SLACK_APP_TOKEN: " + redact(e.getMessage()));
    }
  }

  /** The text with any of the settings' secrets masked, for messages that quote another library's. */
  private String redact(String text) {
    return settings.redact(String.valueOf(text));
  }

  /** Answers an event on a worker: the reply in the thread (or the DM), or FAILED there if answering fails. */
  void answer(String eventId, String channel, String threadTs, String conversation, String user, String text) {
    boolean taken = workers.submit("event " + eventId + " in " + channel + " at " + threadTs,
        () -> post(channel, threadTs, answers.reply(conversation, user, text, false, "event:" + eventId, locales.of(user))),
        () -> post(channel, threadTs, failed(conversation, user)));
    if (!taken) { // said before the acknowledgement: one short call, and the person is never left without a reply
      AnswerWorkers.quietly("tell " + user + " the bot is busy", () -> post(channel, threadTs, busy(conversation, user)));
    }
  }

  /**
   * Answers a command or button on a worker, through its response_url; {@code user} is whom it is for.
   * False, and nothing is done, when too many wait: the acknowledgement then says {@link #busy}.
   */
  boolean respond(String what, String responseUrl, Answering answering, boolean inChannel, String conversation,
      String user) {
    return workers.submit(what, () -> send(responseUrl, answering.message(answers, () -> locales.of(user)), inChannel),
        () -> send(responseUrl, failed(conversation, user), false));
  }

  /** The polite refusal when too many questions wait, in the person's language as far as known. */
  SlackMessage busy(String conversation, String user) {
    return SlackRenderer.notice(Texts.get(answers.language(conversation, locales.cached(user)), "busy"));
  }

  /** Publishes the App Home tab for a user on a worker, in the language of their Slack locale. */
  void publishHome(String user) {
    workers.submit("home of " + user, () -> {
      String view = answers.home(locales.of(user));
      ViewsPublishResponse r = client.viewsPublish(v -> v.userId(user).viewAsString(view));
      check(r.isOk(), "views.publish", r.getError());
    }, () -> { });
  }

  /**
   * The reply to the command without a question (the greeting, as to any empty message), as the JSON its
   * acknowledgement carries: in the conversation's language, or the person's Slack locale when already
   * known (the acknowledgement cannot wait for users.info).
   */
  JsonElement greeting(String conversation, String user) {
    return JsonParser.parseString(answers.reply(conversation, user, "", false, null, locales.cached(user))
        .responsePayload(false));
  }

  /** The apology for a failed answer, in the person's language. */
  private SlackMessage failed(String conversation, String user) {
    return SlackRenderer.notice(Texts.get(answers.language(conversation, locales.cached(user)), "failed"));
  }

  private void post(String channel, String threadTs, SlackMessage message) throws Exception {
    ChatPostMessageResponse r = client.chatPostMessage(m -> m.channel(channel).threadTs(threadTs)
        .text(message.text()).blocksAsString(message.blocksJson()));
    check(r.isOk(), "chat.postMessage", r.getError());
  }

  private void send(String responseUrl, SlackMessage message, boolean inChannel) throws Exception {
    WebhookResponse r = app.slack().send(responseUrl, message.responsePayload(inChannel));
    check(r.getCode() != null && r.getCode() == 200, "response_url", r.getCode() + " " + r.getBody());
  }

  private static void check(boolean ok, String method, String error) throws IOException {
    if (!ok) {
      throw new IOException(method + " failed: " + error);
    }
  }

  /** What a command or a button gets back. */
  interface Answering {
    /**
     * The message, given the asker's Slack locale ("fr-FR"; null when unknown), asked of Slack only
     * when the message needs it (a vote's thank-you does not).
     */
    SlackMessage message(SlackAnswers answers, java.util.function.Supplier<String> locale);
  }
}
