package org.missionbot.chat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.time.Duration;
import org.missionbot.chat.shared.SharedStore;
import org.missionbot.search.Language;

/**
 * The language each of the most recent conversations was last answered in; the oldest are forgotten.
 * With a {@link SharedStore} it is kept in Redis too, for a week, so every replica speaks a
 * conversation's language; this process's memory answers while Redis is unavailable.
 */
final class ConversationLanguages {

  static final Duration KEPT = Duration.ofDays(7);

  private final SharedStore shared;

  private final Map<String, Language> recent;
  /** The conversations already told that the articles are in English. */
  private final Map<String, Boolean> told;

  ConversationLanguages(int capacity) {
    this(capacity, null);
  }

  ConversationLanguages(int capacity, SharedStore shared) {
    this.shared = shared;
    this.recent = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Language> eldest) {
        return size() > capacity;
      }
    };
    this.told = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
        return size() > capacity;
      }
    };
  }

  /** Whether this is the first time the conversation is to be told the articles are in English; then it is. */
  boolean firstTold(String conversation) {
    boolean first;
    synchronized (this) {
      first = told.put(conversation, Boolean.TRUE) == null;
    }
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
    synchronized (this) {
      return recent.get(conversation);
    }
  }

  void put(String conversation, Language language) {
    if (language == null) {
      return;
    }
    synchronized (this) {
      recent.put(conversation, language);
    }
    if (shared != null) {
      try {
        shared.set(SharedStore.key("language", conversation), language.code(), KEPT);
      } catch (SharedStore.Unavailable e) {
        // kept here only
      }
    }
  }
}
