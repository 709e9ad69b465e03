package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OffsetsTest {

  @Test
  void firstPollAsksFromTheOldestUnconfirmedUpdate() {
    assertEquals(0, new Offsets().next());
  }

  @Test
  void anUpdateIsConfirmedOnlyOnceItsReplyIsDone() {
    Offsets offsets = new Offsets();
    offsets.begin(10);
    offsets.begin(11);

    offsets.done(11);
    assertEquals(10, offsets.next());

    offsets.done(10);
    assertEquals(12, offsets.next());
  }

  @Test
  void anUpdateSentAgainIsNotTakenTwice() {
    Offsets offsets = new Offsets();

    assertTrue(offsets.begin(10));
    assertFalse(offsets.begin(10));
    offsets.done(10);
    assertFalse(offsets.begin(10));
  }
}
