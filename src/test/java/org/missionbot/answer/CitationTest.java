package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.missionbot.corpus.Article;
import org.missionbot.search.Language;

class CitationTest {

  @Test
  void labelNamesHeadlineOutletAndDate() {
    Citation citation = new Citation("id", "Kenyan Police Arrive in Haiti", "Associated Press",
        LocalDate.of(2024, 6, 25), false, null);

    assertEquals("25 Jun 2024", citation.date());
    assertEquals("Kenyan Police Arrive in Haiti \u2014 Associated Press, 25 Jun 2024", citation.label());
  }

  @Test
  void approximateDateIsMarked() {
    Citation citation = new Citation("id", "Ottawa sends a team", null, LocalDate.of(2022, 10, 28), true, null);

    assertEquals("c. 28 Oct 2022", citation.date());
    assertEquals("Ottawa sends a team \u2014 c. 28 Oct 2022", citation.label());
  }

  @Test
  void datesAreWrittenInTheAskersLanguage() {
    Citation citation = new Citation("id", "Kenyan Police Arrive in Haiti", "Associated Press",
        LocalDate.of(2024, 6, 25), false, null);
    Citation approximate = new Citation("id", "Ottawa sends a team", null, LocalDate.of(2022, 10, 28), true, null);

    assertEquals("Kenyan Police Arrive in Haiti \u2014 Associated Press, 25 juin 2024", citation.label(Language.FRENCH));
    assertEquals("25 jen 2024", citation.date(Language.CREOLE));
    assertEquals("vers le 28 octobre 2022", approximate.date(Language.FRENCH));
    assertEquals("anviwon 28 oktòb 2022", approximate.date(Language.CREOLE));
    assertEquals(citation.label(), citation.label(Language.ENGLISH));
    assertEquals("", new Citation("id", "H", null, null, false, null).date(Language.FRENCH));
  }

  @Test
  void unknownOutletAndDateAreLeftOut() {
    Citation citation = new Citation("id", "Headline", null, null, false, null);

    assertEquals("", citation.date());
    assertEquals("Headline", citation.label());
  }

  @Test
  void citationOfAnArticleCarriesItsMetadata() {
    Article article = new Article("a-id", "T", "Outlet", LocalDate.of(2025, 9, 22), true, "https://example.org/a", "Body.");

    assertEquals(new Citation("a-id", "T", "Outlet", LocalDate.of(2025, 9, 22), true, "https://example.org/a"),
        Citation.of(article));
  }
}
