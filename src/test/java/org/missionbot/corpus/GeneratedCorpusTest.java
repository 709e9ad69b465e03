package org.missionbot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.Checkout;

class GeneratedCorpusTest {

  @Test
  void theSameSeedGivesTheSameFilesAndAnotherSeedOthers() throws IOException {
    List<Article> real = Checkout.corpus().articles();

    assertEquals(GeneratedCorpus.files(real, 50, 7), GeneratedCorpus.files(real, 50, 7));
    assertNotEquals(GeneratedCorpus.files(real, 50, 7), GeneratedCorpus.files(real, 50, 8));
  }

  @Test
  void writesNArticlesThatAllLoadWithDistinctIdsAndTitles(@TempDir Path folder) throws IOException {
    List<Article> real = Checkout.corpus().articles();

    assertEquals(300, GeneratedCorpus.write(real, 300, 42, folder));
    Corpus generated = Corpus.load(folder);

    assertEquals(List.of(), generated.problems());
    assertEquals(300, generated.articles().size());
    assertEquals(300, generated.articles().stream().map(Article::title).distinct().count());
    assertTrue(generated.articles().stream().allMatch(a -> a.title().matches(".+ \\(variant \\d+\\)")));
    assertTrue(generated.articles().stream().map(Article::published).distinct().count() > 200, "dates spread");
  }

  @Test
  void everyFileParsesAsAnArticle() throws IOException {
    Map<String, String> files = GeneratedCorpus.files(Checkout.corpus().articles(), 200, 1);

    files.forEach((name, text) -> assertTrue(ArticleFile.parse(name, text).body().length() > 0, name));
  }

  @Test
  void everySentenceIsVerbatimFromARealArticle() throws IOException {
    List<Article> real = Checkout.corpus().articles();
    Set<String> realSentences = new HashSet<>();
    real.forEach(a -> Passages.of(a).forEach(p -> realSentences.add(p.text())));
    Map<String, String> files = GeneratedCorpus.files(real, 500, 3);

    files.forEach((name, text) -> {
      for (Passage passage : Passages.of(ArticleFile.parse(name, text))) {
        assertTrue(realSentences.contains(passage.text()), name + ": " + passage.text());
      }
    });
  }

  @Test
  void mixesInSentencesOfOtherArticles() throws IOException {
    List<Article> real = Checkout.corpus().articles();
    Article first = real.get(0);
    Set<String> own = new HashSet<>();
    Passages.of(first).forEach(p -> own.add(p.text()));
    String firstTitle = first.title() + " (variant ";

    long mixed = GeneratedCorpus.files(real, 200, 5).entrySet().stream()
        .map(e -> ArticleFile.parse(e.getKey(), e.getValue()))
        .filter(a -> a.title().startsWith(firstTitle))
        .filter(a -> Passages.of(a).stream().anyMatch(p -> !own.contains(p.text())))
        .count();

    assertTrue(mixed > 10, "articles with mixed-in sentences: " + mixed);
  }

  @Test
  void refusesANegativeCount() throws IOException {
    List<Article> real = Checkout.corpus().articles();

    assertThrows(IllegalArgumentException.class, () -> GeneratedCorpus.files(real, -1, 1));
  }
}
