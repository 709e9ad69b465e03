package org.missionbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.missionbot.search.Language;

/** Conversations' languages in this process: bounded, and forgotten after a week alone, as in Redis. */
class ConversationLanguagesTest {

  @Test
  void aConversationLeftAloneForAWeekIsForgottenAndToldAgain() {
    AtomicLong now = new AtomicLong();
    ConversationLanguages languages = new ConversationLanguages(100, null, now::get);
    languages.put("chat-1", Language.FRENCH);
    assertTrue(languages.firstTold("chat-1"));
    assertFalse(languages.firstTold("chat-1"));

    now.addAndGet(Duration.ofDays(6).toNanos());
    assertEquals(Language.FRENCH, languages.get("chat-1"), "kept while it is used");
    now.addAndGet(Duration.ofDays(6).toNanos());
    assertEquals(Language.FRENCH, languages.get("chat-1"), "six days after its last use");
    now.addAndGet(ConversationLanguages.KEPT.plusMinutes(1).toNanos());

    assertNull(languages.get("chat-1"));
    assertTrue(languages.firstTold("chat-1"), "told again after a week alone");
  }

  @Test
  void itHoldsAtMostItsCapacity() {
    ConversationLanguages languages = new ConversationLanguages(10);
    for (int i = 0; i < 1_000; i++) {
      languages.put("chat-" + i, Language.CREOLE);
    }
    long kept = java.util.stream.IntStream.range(0, 1_000).filter(i -> languages.get("chat-" + i) != null).count();
    assertTrue(kept <= 10, "kept " + kept);
  }
}
