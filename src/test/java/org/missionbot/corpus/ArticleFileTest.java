package org.missionbot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class ArticleFileTest {

  private static final String FULL = """
      ---
      title: Kenyan Police Arrive in Haiti
      outlet: Associated Press
      published: 2024-06-25
      date-precision: approximate
      url: https://example.org/news/haiti?id=1
      # a comment for people
      seed: 000_abc.txt
      ---

      The first group of 400 Kenyan police officers landed on Tuesday.

      ## Section

      More text.
      """;

  @Test
  void readsEveryFieldOfTheFrontMatter() {
    Article article = ArticleFile.parse("2024-06-25-arrive", FULL);

    assertEquals("2024-06-25-arrive", article.id());
    assertEquals("Kenyan Police Arrive in Haiti", article.title());
    assertEquals("Associated Press", article.outlet());
    assertEquals(LocalDate.of(2024, 6, 25), article.published());
    assertTrue(article.approximateDate());
    assertEquals("https://example.org/news/haiti?id=1", article.url(), "a value keeps the colons after the first");
  }

  @Test
  void bodyIsTheTextAfterTheFrontMatterStripped() {
    Article article = ArticleFile.parse("a", FULL);

    assertTrue(article.body().startsWith("The first group of 400"), article.body());
    assertTrue(article.body().endsWith("More text."), article.body());
    assertTrue(article.body().contains("\n## Section\n"));
  }

  @Test
  void emptyOrMissingOptionalFieldsAreNull() {
    Article article = ArticleFile.parse("a", "---\ntitle: T\noutlet: \nurl:\n---\nBody.\n");

    assertNull(article.outlet());
    assertNull(article.url());
    assertNull(article.published());
    assertFalse(article.approximateDate(), "the date is exact unless it says approximate");
  }

  @Test
  void keysAreReadWhateverTheirCase() {
    Article article = ArticleFile.parse("a", "---\nTitle: T\nPUBLISHED: 2022-10-27\n---\nBody.\n");

    assertEquals("T", article.title());
    assertEquals(LocalDate.of(2022, 10, 27), article.published());
  }

  @Test
  void missingTitleIsRejectedNamingTheFile() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ArticleFile.parse("no-title-file", "---\noutlet: AP\n---\nBody.\n"));

    assertTrue(e.getMessage().contains("no-title-file"), e.getMessage());
    assertTrue(e.getMessage().contains("title"), e.getMessage());
  }

  @Test
  void blankTitleIsRejectedNamingTheFile() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ArticleFile.parse("blank-title", "---\ntitle:   \n---\nBody.\n"));

    assertTrue(e.getMessage().contains("blank-title"), e.getMessage());
  }

  @Test
  void unclosedFrontMatterIsRejectedNamingTheFile() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ArticleFile.parse("unclosed", "---\ntitle: T\n\nBody that never closed the block.\n"));

    assertTrue(e.getMessage().contains("unclosed"), e.getMessage());
    assertTrue(e.getMessage().contains("not closed"), e.getMessage());
  }

  @Test
  void fileWithoutFrontMatterIsRejectedNamingTheFile() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ArticleFile.parse("plain", "Just text.\n"));

    assertTrue(e.getMessage().startsWith("plain"), e.getMessage());
  }

  @Test
  void badDateIsRejectedNamingTheFileAndTheValue() {
    for (String bad : new String[] {"2024-13-45", "June 2024", "25/06/2024"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ArticleFile.parse("dated-file", "---\ntitle: T\npublished: " + bad + "\n---\nBody.\n"));

      assertTrue(e.getMessage().contains("dated-file"), e.getMessage());
      assertTrue(e.getMessage().contains(bad), e.getMessage());
    }
  }

  @Test
  void frontMatterLineWithoutKeyIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ArticleFile.parse("keyless", "---\ntitle: T\njust words\n---\nBody.\n"));

    assertTrue(e.getMessage().contains("keyless"), e.getMessage());
    assertTrue(e.getMessage().contains("just words"), e.getMessage());
  }

  @Test
  void articleWithoutTextIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ArticleFile.parse("empty-body", "---\ntitle: T\n---\n  \n\n"));

    assertTrue(e.getMessage().contains("empty-body"), e.getMessage());
  }

  @Test
  void byteOrderMarkIsTolerated() {
    Article article = ArticleFile.parse("bom", "\uFEFF---\ntitle: With a BOM\n---\nBody.\n");

    assertEquals("With a BOM", article.title());
    assertEquals("Body.", article.body());
  }

  @Test
  void windowsLineEndingsAreTolerated() {
    String crlf = "\uFEFF---\r\ntitle: Windows file\r\npublished: 2024-03-14\r\n---\r\n\r\nOne line.\r\n\r\nTwo line.\r\n";

    Article article = ArticleFile.parse("crlf", crlf);

    assertEquals("Windows file", article.title());
    assertEquals(LocalDate.of(2024, 3, 14), article.published());
    assertEquals("One line.\n\nTwo line.", article.body());
  }

  @Test
  void oldMacLineEndingsAreTolerated() {
    Article article = ArticleFile.parse("cr", "---\rtitle: T\r---\rBody.\r");

    assertEquals("T", article.title());
    assertEquals("Body.", article.body());
  }

  @Test
  void emptyFrontMatterIsRejectedNamingTheFile() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ArticleFile.parse("empty-front-matter", "---\n---\nBody.\n"));

    assertTrue(e.getMessage().contains("empty-front-matter"), e.getMessage());
  }

  @Test
  void formatWritesWhatParseReadsBackWithUnknownValuesLeftEmpty() {
    Article article = new Article("x", "A headline:  with a colon", null, null, false, null,
        "Body line one.\n\n## Part\n\n\"A quote,\" he said.");

    String text = ArticleFile.format(article);

    assertEquals("---\ntitle: A headline: with a colon\noutlet:\npublished:\ndate-precision:\nurl:\n---\n\n"
        + "Body line one.\n\n## Part\n\n\"A quote,\" he said.\n", text);
    assertEquals(new Article("x", "A headline: with a colon", null, null, false, null, article.body()),
        ArticleFile.parse("x", text));
    Article full = ArticleFile.parse("2024-06-25-arrive", FULL);
    assertEquals(full, ArticleFile.parse("2024-06-25-arrive", ArticleFile.format(full)));
  }
}
