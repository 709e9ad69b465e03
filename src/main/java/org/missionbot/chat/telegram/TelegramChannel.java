package org.missionbot.chat.telegram;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.BotCommand;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.User;
import com.pengrad.telegrambot.request.DeleteWebhook;
import com.pengrad.telegrambot.request.GetMe;
import com.pengrad.telegrambot.request.SetMyCommands;
import com.pengrad.telegrambot.request.SetWebhook;
import com.pengrad.telegrambot.response.GetMeResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import java.util.concurrent.CountDownLatch;
import org.missionbot.chat.ChatCore;
import org.missionbot.chat.Feedback;
import org.missionbot.chat.http.HttpMount;
import org.missionbot.chat.MissionBot;
import org.missionbot.chat.shared.SharedStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot on Telegram: checks the token, registers the commands, then takes updates by long polling
 * or on a webhook and answers them with at most {@code maxConcurrent} at once. Start it once, stop it
 * once. One replica of several (with a {@link SharedStore}): webhook updates may reach any replica and
 * each is answered once; in polling mode only the replica holding the polling lease in Redis polls,
 * renewing it every {@link #RENEW}, and another takes over within seconds of its death.
 */
public final class TelegramChannel {

  private static final Logger LOG = LoggerFactory.getLogger(TelegramChannel.class);
  private static final int SEND_ATTEMPTS = 5;
  private static final Duration DRAIN = Duration.ofSeconds(6); // + 1 s poller join + 1 s confirm: under 10 s
  private static final BotCommand[] COMMANDS = {
      new BotCommand("start", "Say hello and show example questions"),
      new BotCommand("ask", "Ask a question, also in groups: /ask How much has Canada pledged?"),
      new BotCommand("sources", "The news articles I answer from"),
      new BotCommand("help", "What I can answer"),
      new BotCommand("about", "How the answers are made")};

  private final TelegramSettings settings;
  private final ChatCore core;
  private final TelegramBot bot;
  private final BotApi api;
  private final ExecutorService workers;
  private final Lanes lanes;
  /** Longer than a getUpdates call and the longest usual pause after failures. */
  private static final Duration POLL_LOOP_SILENCE = Duration.ofMinutes(3);
  /** How long the polling lease lasts unrenewed, and how often it is renewed (or sought, by the others). */
  static final Duration LEASE = Duration.ofSeconds(6);
  static final Duration RENEW = Duration.ofSeconds(2);
  private final AnsweredUpdates answered;
  private final UpdateJournal journal;
  private final SharedStore shared;
  private final Feedback feedback;
  private final CountDownLatch stopping = new CountDownLatch(1);
  private volatile Poller poller;
  private Thread leaseKeeper;
  private String leaseKey;
  private WebhookServer webhook;
  private String username;

  private TelegramChannel(TelegramSettings settings, ChatCore core, Backoff backoff, AnsweredUpdates answered,
      UpdateJournal journal, SharedStore shared, Feedback feedback) {
    this.settings = settings;
    this.journal = journal;
    this.shared = shared;
    this.feedback = feedback != null ? feedback : Feedback.of(core, null, shared);
    this.core = core;
    this.answered = answered;
    this.bot = new TelegramBot.Builder(settings.token().reveal()).apiUrl(stripSlash(settings.apiUrl().toString()) + "/bot")
        .okHttpClient(client()).build();
    this.api = new BotApi(bot, settings, backoff, SEND_ATTEMPTS);
    // a virtual thread per busy chat, at most TELEGRAM_MAX_CONCURRENT answering at once: a chat waiting
    // out Telegram's retry_after (or a backoff) keeps its lane but gives its slot back and holds no
    // thread worth having, so any number of them wait without holding up the others
    this.workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("telegram-answer-", 1).factory());
    this.lanes = new Lanes(workers, settings.maxConcurrent());
  }

  /** A channel answering with this core; the updates it answered are remembered in memory only. */
  public static TelegramChannel create(TelegramSettings settings, ChatCore core) {
    return new TelegramChannel(settings, core, Backoff.DEFAULT, AnsweredUpdates.inMemory(AnsweredUpdates.CAPACITY),
        UpdateJournal.none(), null, null);
  }

  /**
   * A channel answering with this core that records the updates it answered in {@code answeredFile}
   * (synced before each is confirmed), so that none is answered twice across restarts, kill -9 included,
   * and keeps the polled updates under way in a journal beside it ({@link UpdateJournal#besides}), so
   * that none waiting holds up the others and none is lost.
   */
  public static TelegramChannel create(TelegramSettings settings, ChatCore core, Path answeredFile) throws IOException {
    return create(settings, core, answeredFile, null);
  }

  /**
   * Like {@link #create(TelegramSettings, ChatCore, Path)}, one replica of several sharing
   * {@code shared} (null: the only one): the answered updates and the polling lease are kept there.
   */
  public static TelegramChannel create(TelegramSettings settings, ChatCore core, Path answeredFile, SharedStore shared)
      throws IOException {
    return create(settings, core, answeredFile, shared, null);
  }

  /**
   * Like {@link #create(TelegramSettings, ChatCore, Path, SharedStore)}, votes kept by {@code feedback}
   * (null: remembered, logged nowhere).
   */
  public static TelegramChannel create(TelegramSettings settings, ChatCore core, Path answeredFile, SharedStore shared,
      Feedback feedback) throws IOException {
    AnsweredUpdates answered = AnsweredUpdates.open(answeredFile, AnsweredUpdates.CAPACITY);
    return new TelegramChannel(settings, core, Backoff.DEFAULT, answered, UpdateJournal.beside(answered), shared, feedback);
  }

  /** A channel over the bot, with follow-ups for 10 minutes and the settings' rate limit per person. */
  public static TelegramChannel create(TelegramSettings settings, MissionBot bot) {
    return create(settings, core(bot, settings));
  }

  /** The chat core for a bot with this channel's rate limit (TELEGRAM_RATE_LIMIT questions a minute per person). */
  public static ChatCore core(MissionBot bot, TelegramSettings settings) {
    return core(bot, settings, null);
  }

  /** Like {@link #core(MissionBot, TelegramSettings)}, its state kept in {@code shared} too (null: in process only). */
  public static ChatCore core(MissionBot bot, TelegramSettings settings, SharedStore shared) {
    return ChatCore.forChannel(bot, settings.rateLimit(), shared);
  }

  /** For tests: a channel that waits {@code backoff} between tries. */
  static TelegramChannel create(TelegramSettings settings, ChatCore core, Backoff backoff) {
    return new TelegramChannel(settings, core, backoff, AnsweredUpdates.inMemory(AnsweredUpdates.CAPACITY),
        UpdateJournal.none(), null, null);
  }

  /**
   * For tests: a channel that waits {@code backoff} between tries and records answers in {@code answered}
   * (and, when that has a file, keeps polled updates in a journal beside it).
   */
  static TelegramChannel create(TelegramSettings settings, ChatCore core, Backoff backoff, AnsweredUpdates answered)
      throws IOException {
    return new TelegramChannel(settings, core, backoff, answered, UpdateJournal.beside(answered), null, null);
  }

  /**
   * Checks the token with getMe, registers the command list, and starts taking updates.
   *
   * @throws TelegramApiException when Telegram rejects the token or cannot be reached; the message
   *     says which and never holds the token
   * @throws IOException when the webhook port cannot be opened
   */
  public void start() throws TelegramApiException, IOException, InterruptedException {
    start(null);
  }

  /**
   * Like {@link #start()}, but a webhook is served on the service's server rather than on one of
   * its own on PORT; null opens one.
   */
  public void start(HttpMount server) throws TelegramApiException, IOException, InterruptedException {
    User me = identify();
    username = me.username();
    if (shared != null) {
      answered.shareThrough(shared, "telegram:" + me.id());
      journal.shareThrough(shared, "telegram:" + me.id());
    }
    Consumer<Update> responder = once(new Responder(core, api, new IntentReader(me.id(), me.username()), feedback));
    api.tryOnce(new SetMyCommands(COMMANDS));
    if (settings.webhook()) {
      String path = settings.webhookUrl().getRawPath();
      if (server == null) {
        webhook = WebhookServer.start(settings.port(), path, settings.webhookSecret(), lanes, responder);
      } else {
        webhook = new WebhookServer(settings.webhookSecret(), lanes, responder);
        server.mount(WebhookServer.context(path), webhook);
      }
      registerWebhook();
    } else {
      api.call(new DeleteWebhook());
      if (shared == null) {
        startPolling(responder);
      } else {
        leaseKey = SharedStore.key("telegram", me.id().toString(), "poller");
        leaseKeeper = Thread.ofPlatform().name("telegram-lease").daemon().start(() -> keepLease(responder));
      }
    }
    LOG.info("Telegram bot @{} is answering by {}", username, settings.webhook() ? "webhook" : "long polling");
  }

  /**
   * Whether the channel is taking and answering updates: no answer has been running for two minutes or
   * more (a call that never returns), and in polling mode the loop is alive and came round within the
   * last three minutes.
   */
  public boolean healthy() {
    Poller current = poller;
    boolean taking = current != null ? current.alive(POLL_LOOP_SILENCE) : leaseKeeper == null || leaseKeeper.isAlive();
    return lanes.noneStuck() && taking;
  }

  /** Whether this replica polls now (always, in polling mode without Redis; while it holds the lease, with). */
  public boolean polling() {
    return poller != null;
  }

  private void startPolling(Consumer<Update> responder) {
    Poller started = new Poller(api, lanes, responder, journal, answered::underWay);
    started.start();
    poller = started;
  }

  /**
   * Takes or renews the polling lease every {@link #RENEW}, and polls exactly while it holds it. While
   * Redis is unavailable nothing changes hands: the holder keeps polling, the others keep waiting; a
   * replica that has not reached Redis since it started polls, as a lone replica would.
   */
  private void keepLease(Consumer<Update> responder) {
    boolean reached = false;
    try {
      while (stopping.getCount() > 0) {
        boolean hold;
        try {
          hold = shared.lease(leaseKey, LEASE);
          reached = true;
        } catch (SharedStore.Unavailable e) {
          hold = poller != null || !reached;
        }
        if (hold && poller == null && stopping.getCount() > 0) {
          LOG.info("this replica ({}) holds the Telegram polling lease: polling", shared.replica());
          startPolling(responder);
        } else if (!hold && poller != null) {
          LOG.info("another replica holds the Telegram polling lease: this one ({}) stops polling", shared.replica());
          Poller stopped = poller;
          poller = null;
          stopped.stopTaking();
        }
        stopping.await(RENEW.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The responder, run at most once an update: one answered before (a webhook posted again, updates
   * sent again after a crash) or under way is skipped; one answered is recorded, synced to disk, before
   * the poller confirms it. One cut short by a stop is given back, to be answered by the next run.
   */
  private Consumer<Update> once(Responder responder) {
    return update -> {
      int id = update.updateId();
      if (!answered.begin(id)) {
        return;
      }
      try {
        responder.handle(update);
      } finally {
        if (Thread.currentThread().isInterrupted()) {
          answered.release(id);
        } else {
          answered.finish(id);
        }
      }
    };
  }

  /** The bot's username, known once started. */
  public String username() {
    return username;
  }

  /** Stops taking updates, finishes the answers under way, and returns within 10 seconds. */
  public void stop() throws InterruptedException {
    stopping.countDown();
    if (leaseKeeper != null) {
      leaseKeeper.join(Duration.ofSeconds(1));
    }
    Poller poller = this.poller;
    if (webhook != null) {
      webhook.stop();
    }
    if (poller != null) {
      poller.stopTaking();
    }
    workers.shutdown();
    if (!workers.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
      LOG.warn("answers still under way after {} s were abandoned", DRAIN.toSeconds());
      workers.shutdownNow();
    }
    if (poller != null) {
      poller.confirm();
    }
    if (leaseKey != null) {
      try {
        shared.release(leaseKey); // another replica takes over at its next try, not when the lease runs out
      } catch (SharedStore.Unavailable e) {
        // it runs out by itself
      }
    }
    bot.shutdown();
    try {
      answered.close();
      journal.close();
    } catch (IOException e) {
      LOG.warn("could not close the record of answered updates or the journal: {}", e.toString());
    }
  }

  private User identify() throws TelegramApiException, InterruptedException {
    try {
      GetMeResponse reply = api.call(new GetMe());
      User me = reply == null ? null : reply.user();
      if (me == null || me.id() == null || me.username() == null) {
        throw new TelegramApiException("getMe", 0, "the reply has no bot id or username", null);
      }
      return me;
    } catch (TelegramApiException e) {
      if (e.code() == 401 || e.code() == 404) {
        throw new TelegramApiException("getMe", e.code(), "the bot token was rejected; check "
            + "TELEGRAM_BOT_TOKEN (@BotFather's /token shows it, /revoke makes a new one)", null);
      }
      throw e;
    }
  }

  private void registerWebhook() throws TelegramApiException, InterruptedException {
    try {
      api.call(new SetWebhook().url(settings.webhookUrl().toString()).secretToken(settings.webhookSecret().reveal())
          .allowedUpdates(Poller.UPDATES).maxConnections(Math.max(1, settings.maxConcurrent())));
    } catch (TelegramApiException e) {
      webhook.stop();
      throw e;
    }
  }

  /** Timeouts that let a 25 s long poll finish, and the status recorder the retries rely on. */
  private static OkHttpClient client() {
    return new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10)).writeTimeout(Duration.ofSeconds(30))
        .readTimeout(Duration.ofSeconds(40)).addInterceptor(BotApi.statusRecorder()).build();
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
