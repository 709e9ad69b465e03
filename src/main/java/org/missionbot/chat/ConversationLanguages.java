package org.missionbot.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import org.missionbot.chat.shared.SharedStore;
import org.missionbot.search.Language;

/**
 * The language each of the most recent conversations was last answered in; beyond the capacity the
 * least likely to come back are forgotten, and any left alone for {@link #KEPT}. With a {@link SharedStore} it is kept in Redis too, for a week, so every replica speaks a
 * conversation's language; this process's memory answers while Redis is unavailable.
 */
final class ConversationLanguages {

  static final Duration KEPT = Duration.ofDays(7);

  private final SharedStore shared;

  private final Cache<String, Language> recent;
  /** The conversations already told that the articles are in English. */
  private final Cache<String, Boolean> told;

  ConversationLanguages(int capacity) {
    this(capacity, null);
  }

  ConversationLanguages(int capacity, SharedStore shared) {
    this(capacity, shared, Ticker.systemTicker());
  }

  /** For tests: time as {@code ticker} tells it. */
  ConversationLanguages(int capacity, SharedStore shared, Ticker ticker) {
    this.shared = shared;
    this.recent = cache(capacity, ticker);
    this.told = cache(capacity, ticker);
  }

  /** At most {@code capacity} conversations, each forgotten after {@link #KEPT} alone. */
  private static <V> Cache<String, V> cache(int capacity, Ticker ticker) {
    return Caffeine.newBuilder().maximumSize(capacity).expireAfterAccess(KEPT).ticker(ticker)
        .executor(Runnable::run).build();
  }

  /** Whether this is the first time the conversation is to be told the articles are in English; then it is. */
  boolean firstTold(String conversation) {
    boolean first = told.asMap().putIfAbsent(conversation, Boolean.TRUE) == null;
    if (shared != null) {
      try {
        return shared.setIfAbsent(SharedStore.key("told", conversation), "1", KEPT);
      } catch (SharedStore.Unavailable e) {
        // this replica's own memory
      }
    }
    return first;
  }

  /** The conversation's language, or null when it is new or forgotten. */
  Language get(String conversation) {
    if (shared != null) {
      try {
        String code = shared.get(SharedStore.key("language", conversation));
        return code == null ? null : Language.ofCode(code);
      } catch (SharedStore.Unavailable e) {
        // this replica's own memory
      }
    }
    return recent.getIfPresent(conversation);
  }

  void put(String conversation, Language language) {
    if (language == null) {
      return;
    }
    recent.put(conversation, language);
    if (shared != null) {
      try {
        shared.set(SharedStore.key("language", conversation), language.code(), KEPT);
      } catch (SharedStore.Unavailable e) {
        // kept here only
      }
    }
  }
}
