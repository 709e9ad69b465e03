package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.Checkout;
import org.missionbot.index.PassageIndex;
import org.missionbot.search.PassageSearcher;

class TrainCommandTest {

  @Test
  void theRankersQuestionsAreReadAsTheyAreAnswered(@TempDir Path indexFolder) throws IOException {
    // searched raw, as the ranker's rows and its recall once were, one of the four finds its answer
    List<GoldenSet.Golden> asked = GoldenSet.parse(List.of(
        "{\"id\": \"r1\", \"question\": \"Konbyen lajan Kanada te pwomèt pou misyon an?\","
            + " \"expect\": [[\"123 million\", \"80.5 million\"]]}",
        "{\"id\": \"r2\", \"question\": \"Combien le Canada a-t-il promis ?\", \"expect\": [[\"123 million\", \"80.5 million\"]]}",
        "{\"id\": \"r3\", \"question\": \"Kilè premye polisye Kenyan yo te rive Ayiti?\", \"expect\": [[\"Tuesday\"]]}",
        "{\"id\": \"r4\", \"question\": \"Qui dirige la mission en Haïti ?\", \"expect\": [[\"leadership\"]]}",
        "{\"id\": \"r5\", \"question\": \"Qui est le président de la Lune ?\", \"abstain\": true}"));

    try (PassageIndex index = Checkout.openIndex(indexFolder)) {
      assertEquals(4, TrainCommand.recall(TrainCommand.reader(new PassageSearcher(index)), asked),
          "read through the glossaries first");
    }
  }
}
