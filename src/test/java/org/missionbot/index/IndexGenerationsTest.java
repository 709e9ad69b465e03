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
    IndexGenerations<String> generations = new IndexGenerations<>(first, index -> "built on " + index.passages().size());
    IndexGenerations.Generation<String> held = generations.acquire(); // an answer starts

    generations.swapIn(() -> second);

    assertSame(first, held.index());
    assertTrue(first.refCount() > 0, "the answer under way keeps its index open");
    assertTrue(first.searcher().count(new org.apache.lucene.search.MatchAllDocsQuery()) > 0, "and can search it");
    IndexGenerations.Generation<String> next = generations.acquire();
    assertSame(second, next.index(), "a new answer takes the fresh index");
    assertEquals("built on " + second.passages().size(), next.built(), "with what was built on it");
    generations.release(next);
    generations.release(held); // the answer finishes
    assertEquals(0, first.refCount(), "the replaced index is closed");
    generations.close();
    assertEquals(0, second.refCount());
  }

  @Test
  void aFailedSwapLeavesTheCurrentIndexAnswering() throws Exception {
    PassageIndex first = Checkout.openIndex(folder.resolve("a"));
    IndexGenerations<String> generations = new IndexGenerations<>(first, index -> "built on " + index.passages().size());

    assertThrows(IOException.class, () -> generations.swapIn(() -> {
      throw new IOException("the articles could not be read");
    }));

    IndexGenerations.Generation<String> held = generations.acquire();
    assertSame(first, held.index());
    generations.release(held);
    generations.close();
  }

  @Test
  void aFailureBuildingOnAFreshIndexClosesItAndKeepsTheCurrent() throws Exception {
    PassageIndex first = Checkout.openIndex(folder.resolve("a"));
    PassageIndex second = Checkout.openIndex(folder.resolve("b"));
    IndexGenerations<String> generations = new IndexGenerations<>(first, index -> {
      if (index == second) {
        throw new IllegalStateException("the engine could not be built");
      }
      return "ok";
    });

    assertThrows(IllegalStateException.class, () -> generations.swapIn(() -> second));

    assertEquals(0, second.refCount(), "the fresh index is not left open");
    IndexGenerations.Generation<String> held = generations.acquire();
    assertSame(first, held.index());
    generations.release(held);
    generations.close();
  }

  @Test
  void afterCloseNoAnswerStartsButOneUnderWayFinishes() throws Exception {
    PassageIndex first = Checkout.openIndex(folder.resolve("a"));
    IndexGenerations<String> generations = new IndexGenerations<>(first, index -> "built on " + index.passages().size());
    IndexGenerations.Generation<String> held = generations.acquire();

    generations.close();

    assertThrows(IllegalStateException.class, generations::acquire, "closed: no new answer, and no endless wait");
    assertTrue(first.refCount() > 0, "the answer under way still holds it");
    generations.release(held);
    assertEquals(0, first.refCount());
  }
}
