package org.missionbot.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BiFunction;
import org.missionbot.answer.Answer;
import org.missionbot.chat.shared.SharedStore;
import org.missionbot.search.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Votes on answers, the same on every channel: each answer shown with vote buttons (Slack, Telegram)
 * or followed by {@code /good} and {@code /bad} (the console) gets an id; the answer is remembered
 * under it for a day, its question logged, and a person's first vote on it logged and thanked. With a
 * {@link SharedStore}, the question behind each id and each vote are kept in Redis too, so a click
 * reaching another replica finds the answer (asked again there: the same articles give the same
 * answer) and a second vote is refused on every replica. Without a log, votes are thanked and kept
 * nowhere. Thread-safe.
 */
public final class Feedback {

  /** How long an answer can be voted on and found again. */
  static final Duration KEPT = Duration.ofDays(1);
  private static final Logger LOG = LoggerFactory.getLogger(Feedback.class);

  /** What became of a vote. */
  public enum Vote {
    /** The person's first vote on the answer: recorded, to be thanked for. */
    THANKED,
    /** The person voted on this answer before: nothing recorded. */
    ALREADY,
    /** The answer is too old or unknown: nothing recorded. */
    FORGOTTEN
  }

  /**
   * A vote's outcome and the language of the answer voted on, to reply in (null when forgotten).
   *
   * @param vote what became of it
   * @param language the answer's language
   */
  public record Voted(Vote vote, Language language) {

    /**
     * What to tell the person: thanks, "you have already voted", or that the answer is forgotten; in
     * the answer's language, else in {@code fallback} (null: English).
     */
    public String reply(Language fallback) {
      return Texts.get(language != null ? language : fallback, switch (vote) {
        case THANKED -> "thanks_feedback";
        case ALREADY -> "voted";
        case FORGOTTEN -> "expired";
      });
    }
  }

  private final FeedbackLog log;
  private final BiFunction<String, Language, Answer> askAgain;
  private final SharedStore shared;
  private final Cache<String, Answer> recent;
  private final Cache<String, Boolean> votes;

  /**
   * Feedback logged to {@code log} (null: nowhere), answers remembered up to {@code capacity},
   * another replica's answers asked again through {@code askAgain}, shared through {@code shared}
   * (null: this process only).
   */
  public Feedback(FeedbackLog log, BiFunction<String, Language, Answer> askAgain, int capacity, SharedStore shared) {
    this.log = log;
    this.askAgain = askAgain;
    this.shared = shared;
    this.recent = Caffeine.newBuilder().maximumSize(capacity).expireAfterWrite(KEPT).build();
    this.votes = Caffeine.newBuilder().maximumSize(capacity).expireAfterWrite(KEPT).build();
  }

  /** Feedback for a chat core's answers: asked again through it. */
  public static Feedback of(ChatCore core, FeedbackLog log, SharedStore shared) {
    return new Feedback(log, core::answerAgain, 10_000, shared);
  }

  /** Remembers an answer given on a channel to a person and logs its question; the id to vote on it by. */
  public String asked(String channel, String user, Answer answer) {
    String id = UUID.randomUUID().toString();
    recent.put(id, answer);
    if (shared != null) {
      try {
        shared.set(SharedStore.key("answer", id), answer.language() + " " + answer.question(), KEPT);
      } catch (SharedStore.Unavailable e) {
        // its votes work on this replica only
      }
    }
    record(() -> log.question(channel, id, user, answer));
    return id;
  }

  /** A recent answer by id: this replica's, or another's asked again here; null when forgotten. */
  public Answer find(String id) {
    Answer answer = recent.getIfPresent(id);
    if (answer != null || shared == null) {
      return answer;
    }
    try {
      String asked = shared.get(SharedStore.key("answer", id));
      int space = asked == null ? -1 : asked.indexOf(' ');
      if (space < 0) {
        return null;
      }
      answer = askAgain.apply(asked.substring(space + 1), Language.ofCode(asked.substring(0, space)));
      recent.put(id, answer);
      return answer;
    } catch (SharedStore.Unavailable e) {
      return null;
    }
  }

  /** A person's vote on an answer, from a channel: recorded when it is their first on a known answer. */
  public Voted vote(String channel, String id, String user, boolean up) {
    Answer answer = find(id);
    if (answer == null) {
      return new Voted(Vote.FORGOTTEN, null);
    }
    Language language = Language.ofCode(answer.language());
    if (!firstVote(id, user, up)) {
      return new Voted(Vote.ALREADY, language);
    }
    record(() -> log.vote(channel, id, user, answer, up));
    return new Voted(Vote.THANKED, language);
  }

  /** Whether this is the person's first vote on the answer, on any replica. */
  private boolean firstVote(String id, String user, boolean up) {
    boolean first = votes.asMap().putIfAbsent(id + " " + user, up) == null;
    if (shared != null) {
      try {
        return shared.setIfAbsent(SharedStore.key("vote", id, user), up ? "up" : "down", KEPT);
      } catch (SharedStore.Unavailable e) {
        // this replica's memory
      }
    }
    return first;
  }

  private void record(LogWrite write) {
    if (log == null) {
      return;
    }
    try {
      write.run();
    } catch (IOException e) {
      LOG.warn("could not write to the feedback log: {}", e.toString());
    }
  }

  @FunctionalInterface
  private interface LogWrite {
    void run() throws IOException;
  }
}
