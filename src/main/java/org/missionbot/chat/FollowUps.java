package org.missionbot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.missionbot.answer.AnswerEngine;
import org.missionbot.chat.shared.SharedStore;

/**
 * A short-lived memory of each conversation's last question, so that "and Kenya?" right after "How
 * much has Canada pledged?" is answered as "How much has Kenya pledged?". Thread-safe; it forgets a
 * conversation after {@code ttl}, and the least recently used ones beyond {@code capacity}. With a
 * {@link SharedStore} the memory is in Redis, shared by all replicas (a follow-up may reach another
 * replica than its question), and kept here too for when Redis is unavailable.
 */
public final class FollowUps {

  private static final FollowUpReader READER = new FollowUpReader();

  private final Duration ttl;
  private final Clock clock;
  private final Map<String, Remembered> last;
  private final SharedStore shared;

  public FollowUps(Duration ttl, int capacity, Clock clock) {
    this(ttl, capacity, clock, null);
  }

  /** Follow-ups remembered in {@code shared} (null: in this process only). */
  public FollowUps(Duration ttl, int capacity, Clock clock, SharedStore shared) {
    if (ttl.isNegative() || ttl.isZero() || capacity < 1) {
      throw new IllegalArgumentException("ttl and capacity must be positive: " + ttl + ", " + capacity);
    }
    this.ttl = ttl;
    this.clock = clock;
    this.shared = shared;
    this.last = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
        return size() > capacity;
      }
    };
  }

  /**
   * The question to answer in this conversation: a follow-up completed from the previous question,
   * or the question itself. Either way it becomes the conversation's previous question.
   */
  public String resolve(String conversation, String question) {
    Instant now = clock.instant();
    if (shared != null) {
      try {
        String key = SharedStore.key("followup", conversation);
        String previous = shared.get(key);
        String resolved = previous != null ? complete(previous, question) : question;
        if (resolved.length() <= AnswerEngine.MAX_QUESTION_LENGTH) {
          shared.set(key, resolved, ttl);
        } else {
          shared.delete(key);
        }
        remember(conversation, resolved, now);
        return resolved;
      } catch (SharedStore.Unavailable e) {
        // this replica's own memory, below
      }
    }
    synchronized (last) {
      Remembered previous = last.get(conversation);
      String resolved = previous != null && previous.at.plus(ttl).isAfter(now)
          ? complete(previous.question, question) : question;
      remember(conversation, resolved, now);
      return resolved;
    }
  }

  private void remember(String conversation, String resolved, Instant now) {
    synchronized (last) {
      if (resolved.length() <= AnswerEngine.MAX_QUESTION_LENGTH) {
        last.put(conversation, new Remembered(resolved, now));
      } else {
        last.remove(conversation); // too long to be answered, so nothing to follow up; never held in memory
      }
    }
  }

  /** Forgets a conversation's previous question. */
  public void forget(String conversation) {
    if (shared != null) {
      try {
        shared.delete(SharedStore.key("followup", conversation));
      } catch (SharedStore.Unavailable e) {
        // forgotten here at least
      }
    }
    synchronized (last) {
      last.remove(conversation);
    }
  }

  /** The follow-up read against the previous question; the question itself when it is no follow-up. */
  static String complete(String previous, String question) {
    return READER.read(previous, question);
  }

  private record Remembered(String question, Instant at) {}
}
