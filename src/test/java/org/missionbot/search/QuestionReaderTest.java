package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.missionbot.Checkout;

/** A question is read into the words it asks about, as the passages know them. */
class QuestionReaderTest {

  private static QuestionReader reader;

  @BeforeAll
  static void open() {
    reader = new QuestionReader(Checkout.sharedIndex().searcher());
  }

  private static List<Concept> unknown(String question) {
    return reader.read(question).unknown();
  }

  @Test
  void aDayNamedAfterSomethingIsANameTheArticlesLackNotADateAsked() {
    List<Concept> canadaDay = unknown("when is canada day");
    assertEquals(List.of("canada day"), canadaDay.stream().map(Concept::word).toList());
    assertTrue(canadaDay.get(0).name());
    assertTrue(unknown("When is Haitian Flag Day celebrated?").stream().anyMatch(c -> c.word().equals("flag day")),
        "capitalised, any word names a day");
  }

  @Test
  void aDayAskedForStaysAQuestionWord() {
    assertEquals(List.of(), unknown("what day did the kenyans land"));
    assertEquals(List.of(), unknown("When Did The Kenyan Police Land On That Day"), "'That Day' is no name");
    assertEquals(List.of(), unknown("How Many Officers Landed On The First Day?"), "in Title Case a capital names nothing");
    assertEquals(List.of(), unknown("how many landed on the first Day?"), "a lower-case word before it names no day");
    assertEquals(List.of(), unknown("kenyan police landing day port-au-prince"), "lower case: only a country names a day");
    assertFalse(reader.read("does the UN run the force day to day").concepts().stream()
        .anyMatch(c -> c.word().endsWith(" day")), "'day to day' is how often");
  }
}
