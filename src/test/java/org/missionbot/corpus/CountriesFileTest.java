package org.missionbot.corpus;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the countries and region words files: a word given to two of them is refused. */
class CountriesFileTest {

  @Test
  void aRegionWordGivenToTwoRegionsIsRefused() {
    var e = assertThrows(IllegalArgumentException.class, () -> CountriesFile.parse(List.of(),
        List.of("Western Asia\tMiddle East", "Northern Africa\tMiddle East")));

    assertTrue(e.getMessage().contains("\"Middle East\""), e.getMessage());
  }

  @Test
  void aNameThatOpensWithNeitherALetterNorADigitIsRefused() {
    var e = assertThrows(IllegalArgumentException.class, () -> CountriesFile.parse(List.of("KE\t-Kenya\t\tKenyan\tNairobi")));

    assertTrue(e.getMessage().contains("\"-Kenya\""), e.getMessage());
  }

  @Test
  void aWordGivenToTwoCountriesIsRefused() {
    var e = assertThrows(IllegalArgumentException.class, () -> CountriesFile.parse(List.of(
        "CG\tCongo - Brazzaville\tCongo\t\t", "CD\tCongo - Kinshasa\tCongo\t\t")));

    assertTrue(e.getMessage().contains("\"Congo\""), e.getMessage());
  }
}
