package org.missionbot.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Corpus;

class ArticleFolderTest {

  @TempDir
  Path folder;

  private static final Draft DRAFT = new Draft("Jamaica's Soldiers Join the Kenyan-Led Mission in Haïti", "Wire",
      LocalDate.of(2024, 7, 10), null, "Jamaica deployed 24 soldiers.\n\n## Arrival\n\n\"We are ready,\" he said.");

  @Test
  void theFileIsNamedAfterTheDateAndTheHeadlinesFirstWords() {
    assertEquals("2024-07-10-jamaica-s-soldiers-join-the-kenyan", ArticleFolder.slug(DRAFT));
    assertEquals("undated-a-b", ArticleFolder.slug(new Draft("A, b!", null, null, null, "x")));
  }

  @Test
  void anAddedArticleIsReadableByAllLikeTheOthers() throws Exception {
    Article added = new ArticleFolder(folder).add(DRAFT);

    assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(folder.resolve(added.id() + ".md"))));
  }

  @Test
  void anAddedArticleReadsBackAsWrittenAndASecondOneGetsAnotherName() throws Exception {
    Article first = new ArticleFolder(folder).add(DRAFT);
    Article second = new ArticleFolder(folder).add(DRAFT);

    Corpus corpus = Corpus.load(folder);
    assertEquals(List.of(), corpus.problems());
    assertEquals(first, corpus.article("2024-07-10-jamaica-s-soldiers-join-the-kenyan"));
    assertEquals("2024-07-10-jamaica-s-soldiers-join-the-kenyan-2", second.id());
    assertEquals(DRAFT.body(), first.body());
    assertEquals(List.of(second.id() + ".md", first.id() + ".md"), names(), "no file is left aside");
    assertEquals("""
        ---
        title: Jamaica's Soldiers Join the Kenyan-Led Mission in Haïti
        outlet: Wire
        published: 2024-07-10
        date-precision: exact
        url:
        ---

        Jamaica deployed 24 soldiers.

        ## Arrival

        "We are ready," he said.
        """, Files.readString(folder.resolve(first.id() + ".md"), StandardCharsets.UTF_8));
  }

  @Test
  void aDraftWithoutTextOrHeadlineIsRefusedAndNothingIsWritten() throws IOException {
    Draft noText = new Draft("Title", null, null, null, "  \n");
    Draft noTitle = new Draft(null, null, null, null, "Some text.");

    assertEquals("the source has no article text",
        assertThrows(IngestException.class, () -> new ArticleFolder(folder).add(noText)).getMessage());
    assertEquals("the source has no headline; give one with --title",
        assertThrows(IngestException.class, () -> new ArticleFolder(folder).add(noTitle)).getMessage());
    assertEquals(List.of(), names());
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
