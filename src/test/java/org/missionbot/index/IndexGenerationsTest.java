package org.missionbot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.Checkout;

class IndexGenerationsTest {

  @TempDir
  Path folder;

  @Test
  void aReplacedIndexClosesOnlyWhenItsLastAnswerFinishes() throws Exception {
    PassageIndex first = Checkout.openIndex(folder.resolve("a"));
    PassageIndex second = Checkout.openIndex(folder.resolve("b"));
    IndexGenerations generations = new IndexGenerations(first);
    PassageIndex held = generations.acquire(); // an answer starts

    generations.swapIn(() -> second);

    assertSame(first, held);
    assertTrue(first.refCount() > 0, "the answer under way keeps its index open");
    assertTrue(first.searcher().count(new org.apache.lucene.search.MatchAllDocsQuery()) > 0, "and can search it");
    PassageIndex next = generations.acquire();
    assertSame(second, next, "a new answer takes the fresh index");
    generations.release(next);
    generations.release(held); // the answer finishes
    assertEquals(0, first.refCount(), "the replaced index is closed");
    generations.close();
    assertEquals(0, second.refCount());
  }

  @Test
  void aFailedSwapLeavesTheCurrentIndexAnswering() throws Exception {
    PassageIndex first = Checkout.openIndex(folder.resolve("a"));
    IndexGenerations generations = new IndexGenerations(first);

    assertThrows(IOException.class, () -> generations.swapIn(() -> {
      throw new IOException("the articles could not be read");
    }));

    PassageIndex held = generations.acquire();
    assertSame(first, held);
    generations.release(held);
    generations.close();
  }

  @Test
  void afterCloseNoAnswerStartsButOneUnderWayFinishes() throws Exception {
    PassageIndex first = Checkout.openIndex(folder.resolve("a"));
    IndexGenerations generations = new IndexGenerations(first);
    PassageIndex held = generations.acquire();

    generations.close();

    assertThrows(IllegalStateException.class, generations::acquire, "closed: no new answer, and no endless wait");
    assertTrue(first.refCount() > 0, "the answer under way still holds it");
    generations.release(held);
    assertEquals(0, first.refCount());
  }
}
