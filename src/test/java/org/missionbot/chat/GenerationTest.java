package org.missionbot.chat;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.Checkout;

class GenerationTest {

  @Test
  void aReplacedGenerationClosesOnlyWhenItsLastAnswerFinishes(@TempDir Path folder) throws Exception {
    Generation generation = new Generation(Checkout.openIndex(folder));
    assertTrue(generation.tryAcquire(), "an answer starts");

    generation.release(); // swapped out: the bot lets go

    assertFalse(generation.isClosed());
    assertTrue(generation.engine().answer("How much has Canada pledged?").answered(), "the answer under way goes on");
    generation.release(); // the answer finishes
    assertTrue(generation.isClosed());
    assertFalse(generation.tryAcquire(), "a closed generation takes no new answers");
  }
}
