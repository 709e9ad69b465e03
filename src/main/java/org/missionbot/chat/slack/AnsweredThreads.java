package org.missionbot.chat.slack;

import org.missionbot.chat.shared.SharedStore;

/**
 * The channel threads the bot has answered in, and the test for which channel messages are follow-ups
 * it should answer: plain replies in one of those threads. Remembers the {@code capacity} most
 * recently used threads. Thread-safe.
 */
final class AnsweredThreads {

  private final String botUserId;
  /** How long replicas remember a thread answered in. */
  static final java.time.Duration REMEMBERED = java.time.Duration.ofDays(7);

  private final BoundedMemory<Boolean> threads;
  private final SharedStore shared;

  /** Threads for the bot user {@code botUserId}, whose mentions arrive as app_mention events instead. */
  AnsweredThreads(String botUserId, int capacity) {
    this(botUserId, capacity, null);
  }

  /** Like {@link #AnsweredThreads(String, int)}, shared with other replicas through {@code shared} (null: not). */
  AnsweredThreads(String botUserId, int capacity, SharedStore shared) {
    this.shared = shared;
    if (botUserId == null || botUserId.isBlank()) {
      throw new IllegalArgumentException("the bot's user id is missing: " + botUserId);
    }
    this.botUserId = botUserId;
    this.threads = new BoundedMemory<>(capacity, REMEMBERED);
  }

  /** Remembers that the bot answers in the thread that starts at {@code threadTs} in {@code channel}. */
  void answeredIn(String channel, String threadTs) {
    threads.putFirst(key(channel, threadTs), Boolean.TRUE);
    if (shared != null) {
      try {
        shared.set(SharedStore.key("slack", "thread", key(channel, threadTs)), "1", REMEMBERED);
      } catch (SharedStore.Unavailable e) {
        // remembered here only
      }
    }
  }

  /**
   * Whether a channel message is a follow-up for the bot: a reply in a thread it has answered in
   * ({@code threadTs} set and not the message's own {@code ts}), not mentioning it. A reply that
   * mentions it is also sent as an app_mention, and is answered from that one.
   */
  boolean followUp(String channel, String ts, String threadTs, String text) {
    if (threadTs == null || threadTs.equals(ts) || mentionsBot(text)) {
      return false;
    }
    if (threads.get(key(channel, threadTs)) != null) {
      return true;
    }
    if (shared != null) {
      try {
        return shared.get(SharedStore.key("slack", "thread", key(channel, threadTs))) != null;
      } catch (SharedStore.Unavailable e) {
        return false;
      }
    }
    return false;
  }

  /** Whether the text mentions the bot: {@code <@UBOT>} or {@code <@UBOT|name>}. */
  boolean mentionsBot(String text) {
    return text != null && (text.contains("<@" + botUserId + ">") || text.contains("<@" + botUserId + "|"));
  }

  private static String key(String channel, String threadTs) {
    return channel + ":" + threadTs;
  }
}
