package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionTest {

  private static Question question(String text) {
    return new Question(text, List.of(QuestionKind.COUNTRY), List.of());
  }

  @Test
  void countriesAreAskedForByAPluralNotByOneCountryNorByTheUnitedOnes() {
    assertTrue(question("which countries are sending police?").asksCountries());
    assertTrue(question("what nations join kenya").asksCountries());
    assertTrue(question("wich countrys send officers").asksCountries(), "a misspelt plural is still a plural");
    assertFalse(question("which country leads the mission?").asksCountries());
    assertFalse(question("what did the United Nations authorize?").asksCountries());
    assertFalse(question("how much did the United States give?").asksCountries());
    assertFalse(question("how much did the united  states give?").asksCountries(), "two spaces");
    assertFalse(question("what did the united-nations authorize?").asksCountries(), "a hyphen");
  }
}
