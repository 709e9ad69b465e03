package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.Checkout;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.ArticleFile;
import org.missionbot.corpus.Corpus;
import org.missionbot.corpus.GeneratedCorpus;
import org.missionbot.index.PassageIndex;

/** The pruned search of a large index finds what scoring every match finds, in the same order and with the same scores. */
class PrunedSearchTest {

  private static final Path BENCH_QUESTIONS = Path.of("src", "main", "resources", "org", "missionbot", "cli",
      "bench-questions.txt");

  @TempDir
  static Path indexFolder;

  private static PassageIndex index;

  @BeforeAll
  static void openAGeneratedIndex() throws IOException {
    List<Article> articles = new ArrayList<>();
    GeneratedCorpus.files(Checkout.corpus().articles(), 400, 11)
        .forEach((name, text) -> articles.add(ArticleFile.parse(name.replace(Corpus.EXTENSION, ""), text)));
    index = PassageIndex.open(indexFolder, new Corpus(articles, List.of(), "generated-400-11"), Checkout.synonyms());
  }

  @AfterAll
  static void closeTheIndex() throws IOException {
    index.close();
  }

  @Test
  void prunedAndExhaustiveSearchesFindTheSameHits() throws IOException {
    PassageSearcher exhaustive = new PassageSearcher(index, Integer.MAX_VALUE);
    PassageSearcher pruned = new PassageSearcher(index, 0);
    List<String> questions = new ArrayList<>(Files.readAllLines(BENCH_QUESTIONS));
    questions.addAll(Checkout.questionsOf(Checkout.DEV_QUESTIONS));
    questions.removeIf(String::isBlank);

    assertTrue(index.passages().size() > 5000, "large enough for Lucene to prune");
    for (String question : questions) {
      assertEquals(exhaustive.search(exhaustive.read(question)), pruned.search(pruned.read(question)), question);
    }
  }
}
