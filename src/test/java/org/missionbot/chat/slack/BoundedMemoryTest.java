package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoundedMemoryTest {

  @Test
  void aKeySeenAgainIsNotFirst() {
    BoundedMemory<String> memory = new BoundedMemory<>(10);

    assertTrue(memory.putFirst("Ev1", "a"));
    assertFalse(memory.putFirst("Ev1", "b"));
    assertEquals("a", memory.get("Ev1"));
  }

  @Test
  void theLeastRecentlyUsedKeyIsForgottenBeyondCapacity() {
    BoundedMemory<String> memory = new BoundedMemory<>(2);
    memory.putFirst("Ev1", "a");
    memory.putFirst("Ev2", "b");
    memory.get("Ev1");

    memory.putFirst("Ev3", "c");

    assertEquals(2, memory.size());
    assertNull(memory.get("Ev2"));
    assertEquals("a", memory.get("Ev1"));
  }

  @Test
  void capacityMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new BoundedMemory<String>(0));
  }
}
