package org.missionbot.chat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.missionbot.search.Language;

/** The language each of the most recent conversations was last answered in; the oldest are forgotten. */
final class ConversationLanguages {

  private final Map<String, Language> recent;
  /** The conversations already told that the articles are in English. */
  private final Map<String, Boolean> told;

  ConversationLanguages(int capacity) {
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
  synchronized boolean firstTold(String conversation) {
    return told.put(conversation, Boolean.TRUE) == null;
  }

  /** The conversation's language, or null when it is new or forgotten. */
  synchronized Language get(String conversation) {
    return recent.get(conversation);
  }

  synchronized void put(String conversation, Language language) {
    if (language != null) {
      recent.put(conversation, language);
    }
  }
}
