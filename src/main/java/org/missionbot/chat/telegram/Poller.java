package org.missionbot.chat.telegram;

import com.pengrad.telegrambot.Cancellable;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.GetUpdates;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The long-polling loop: takes updates with getUpdates and hands each to the workers (in order within
 * a chat), so a slow answer never stalls polling. Each is kept in the {@link UpdateJournal} first, so the
 * offset passes it at once; what an earlier run left there is answered before anything new. It waits out Telegram's 429 {@code retry_after}, and backs off exponentially
 * on server and network errors.
 */
final class Poller {

  private static final Logger LOG = LoggerFactory.getLogger(Poller.class);
  static final String[] UPDATES = {"message", "callback_query", "inline_query"};
  private static final int POLL_SECONDS = 25;
  private static final Duration IDLE = Duration.ofMillis(200);

  private final BotApi api;
  private final Lanes workers;
  private final Consumer<Update> responder;
  private final UpdateJournal journal;
  /** Whether this process answers an update now (a poller before this one took it). */
  private final java.util.function.IntPredicate underWayHere;
  private final Offsets offsets = new Offsets();
  private final CountDownLatch stopping = new CountDownLatch(1);
  private final AtomicReference<Cancellable> call = new AtomicReference<>();
  private final Thread thread;
  /** When the loop last came round (System.nanoTime()): a loop that stops coming round is dead or stuck. */
  private volatile long beat = System.nanoTime();

  Poller(BotApi api, Lanes workers, Consumer<Update> responder, UpdateJournal journal,
      java.util.function.IntPredicate underWayHere) {
    this.api = api;
    this.journal = journal;
    this.underWayHere = underWayHere;
    this.workers = workers;
    this.responder = responder;
    this.thread = Thread.ofPlatform().name("telegram-poller").daemon().unstarted(this::run);
  }

  void start() {
    thread.start();
  }

  /** Stops taking updates and waits for the loop to end; answers already taken go on. */
  void stopTaking() throws InterruptedException {
    stopping.countDown();
    Cancellable current = call.get();
    if (current != null) {
      current.cancel();
    }
    thread.join(Duration.ofSeconds(1));
  }

  /**
   * Whether the loop runs and came round within {@code within}: a getUpdates call lasts at most 40 s,
   * a pause after failures at most what Telegram or the backoff asks.
   */
  boolean alive(Duration within) {
    return thread.isAlive() && System.nanoTime() - beat < within.toNanos();
  }

  /** Tells Telegram which updates are done, so a restart does not get them again. */
  void confirm() throws InterruptedException {
    try {
      api.cancellable(new GetUpdates().offset(offsets.next()).limit(1).timeout(0), new AtomicReference<>(),
          Duration.ofSeconds(1));
    } catch (TelegramApiException e) {
      LOG.warn("could not confirm the last updates: {}", e.getMessage());
    }
  }

  private void run() {
    if (!replay()) {
      return;
    }
    int failures = 0;
    while (stopping.getCount() > 0) {
      beat = System.nanoTime();
      try {
        List<Update> updates = poll();
        failures = 0;
        if (dispatch(updates) == 0) {
          offsets.awaitProgress(IDLE);
        }
      } catch (TelegramApiException e) {
        failures++;
        pause(api.waitAfter(e, failures), e.getMessage());
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        failures++;
        pause(api.waitAfter(null, failures), api.redact(String.valueOf(e)));
      }
    }
  }

  private List<Update> poll() throws TelegramApiException, InterruptedException {
    GetUpdates request = new GetUpdates().offset(offsets.next()).timeout(POLL_SECONDS).allowedUpdates(UPDATES);
    List<Update> updates = api.cancellable(request, call, Duration.ofSeconds(POLL_SECONDS + 15)).updates();
    return updates == null ? List.of() : updates;
  }

  /**
   * Hands the updates an earlier run (or a replica that polled before) kept and left unanswered to the
   * workers, before any new one; false when stopping.
   */
  private boolean replay() {
    List<Update> left = journal.left();
    if (!left.isEmpty()) {
      LOG.info("answering {} update(s) taken before and not yet answered", left.size());
    }
    for (Update update : left) {
      offsets.replay(update.updateId());
      if (underWayHere.test(update.updateId())) {
        continue; // this process's earlier poller is answering it, and drops it from the journal when done
      }
      try {
        workers.execute(Responder.lane(update), () -> answer(update));
      } catch (RejectedExecutionException e) {
        return false; // stopping: they stay in the journal for the next run
      }
    }
    return true;
  }

  /**
   * Hands new updates to the workers, each kept in the journal first when it can be (then the offset
   * passes it at once, however long it waits); returns how many were new.
   */
  private int dispatch(List<Update> updates) {
    int fresh = 0;
    for (Update update : updates) {
      if (update.updateId() == null || !offsets.begin(update.updateId())) {
        continue;
      }
      if (journal.keep(update)) {
        offsets.kept(update.updateId());
      }
      fresh++;
      try {
        workers.execute(Responder.lane(update), () -> answer(update));
      } catch (RejectedExecutionException e) {
        return fresh; // stopping: the update stays unconfirmed and comes back after a restart
      }
    }
    return fresh;
  }

  /**
   * Answers an update and marks it done, unless the answer was cut short by a stop: then it stays
   * unconfirmed, or in the journal, and the next run answers it.
   */
  private void answer(Update update) {
    responder.accept(update);
    if (!Thread.currentThread().isInterrupted()) {
      offsets.done(update.updateId());
      journal.drop(update.updateId());
    }
  }

  private void pause(Duration wait, String why) {
    if (stopping.getCount() == 0) {
      return;
    }
    LOG.warn("{}; polling again in {} ms", why, wait.toMillis());
    try {
      stopping.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
