package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionbot.corpus.Countries;

class AttributionTest {

  private static String key(String name) {
    return Countries.get().canonical(name);
  }

  @Test
  void aRegionThatQualifiesTheCountriesAskedForIsRead() {
    assertEquals("Caribbean",
        Attribution.regionAsked("Which Caribbean nations are sending officers alongside the Kenyans?"));
    assertEquals("Western Africa",
        Attribution.regionAsked("what other West African countries sent police"));
    assertEquals("Caribbean", Attribution.regionAsked("Name the Caribbean states contributing police"));
    assertEquals("Caribbean", Attribution.regionAsked("Which Caribbean nation did they land in?"));
    assertNull(Attribution.regionAsked("which countries are sending police to the troubled nation in the Caribbean?"),
        "the Caribbean qualifies the country helped, not those asked for");
    assertNull(Attribution.regionAsked("which countries sent police?"));
    assertTrue(Attribution.inRegionAsked(null, "Bangladesh"));
    assertFalse(Attribution.inRegionAsked("Caribbean", "Bangladesh"));
  }

  @Test
  void aQuestionNamesItsCountriesInAnyCase() {
    assertEquals(List.of(key("Kenya")), Attribution.countriesIn("how much has kenya pledged?"));
    assertEquals(List.of(key("Kenya")), Attribution.countriesIn("How much has KENYA pledged?"));
    assertEquals(List.of(key("United States")), Attribution.countriesIn("how much did the united states pledge"));
    assertEquals(List.of(key("Canada"), key("Kenya")), Attribution.countriesIn("did canadian money reach the kenyans?"));
  }

  @Test
  void usIsThePronounUnlessTheCountryIsMeant() {
    assertEquals(List.of(key("Canada")), Attribution.countriesIn("tell us how much canada pledged"));
    assertEquals(List.of(key("United States")), Attribution.countriesIn("what has the us given"));
    assertEquals(List.of(key("United States")), Attribution.countriesIn("What has the US given"));
    assertEquals(List.of(), Attribution.countriesIn("can you help us?"));
    assertEquals(List.of(key("United States")), Attribution.countriesIn("us pledge mss dollar amount"),
        "a search's first word is no pronoun");
    assertEquals(List.of(key("United States")), Attribution.countriesIn("how much did us give"), "a pronoun is no subject");
    assertEquals(List.of(), Attribution.countriesIn("give us the numbers"));
  }
}
