package org.missionbot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoTest {

  @Test
  void computesEachKeyOnceWhileItIsRemembered() {
    List<String> computed = new ArrayList<>();
    Memo<String, Integer> memo = new Memo<>(10, key -> {
      computed.add(key);
      return key.length();
    });

    assertEquals(3, memo.get("abc"));
    assertEquals(3, memo.get("abc"));
    assertEquals(1, memo.get("x"));

    assertEquals(List.of("abc", "x"), computed);
  }

  @Test
  void forgetsTheLeastRecentlyUsedBeyondItsCapacity() {
    List<String> computed = new ArrayList<>();
    Memo<String, String> memo = new Memo<>(2, key -> {
      computed.add(key);
      return key.toUpperCase();
    });

    memo.get("a");
    memo.get("b");
    memo.get("a");
    memo.get("c");
    memo.get("a");
    memo.get("b");

    assertEquals(List.of("a", "b", "c", "b"), computed, "b was the least recently used when c came");
  }

  @Test
  void capacityMustBePositive() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Memo<String, String>(0, k -> k));

    assertEquals("capacity must be positive: 0", e.getMessage());
  }
}
