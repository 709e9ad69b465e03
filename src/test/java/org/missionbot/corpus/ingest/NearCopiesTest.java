package org.missionbot.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.missionbot.Checkout;
import org.missionbot.corpus.Article;

class NearCopiesTest {

  private static List<Article> articles;
  private static Article arrival;

  @BeforeAll
  static void loadTheCheckout() throws IOException {
    articles = Checkout.corpus().articles();
    arrival = Checkout.corpus().article("2024-06-25-kenyan-police-arrive-in-haiti");
  }

  @Test
  void anExactCopyIsFoundWithFullOverlap() {
    Optional<NearCopies.Match> match = NearCopies.of(arrival.body(), articles);

    assertTrue(match.isPresent());
    assertEquals(arrival.id(), match.get().article().id());
    assertEquals(1.0, match.get().overlap());
  }

  @Test
  void aReprintWithOtherPunctuationCaseAndAFewEditedWordsIsANearCopy() {
    String reprint = arrival.body().toUpperCase().replace(",", "").replace("Tuesday", "Wednesday")
        .replace("400", "four hundred") + "\n\nAdditional reporting by a wire service.";

    Optional<NearCopies.Match> match = NearCopies.of(reprint, articles);

    assertEquals(arrival.id(), match.orElseThrow().article().id());
    assertTrue(match.get().overlap() > 0.8, match.toString());
  }

  @Test
  void oneParagraphTakenFromAnArticleIsANearCopyOfIt() {
    String paragraph = arrival.body().split("\n\n")[2];

    assertEquals(arrival.id(), NearCopies.of(paragraph, articles).orElseThrow().article().id());
  }

  @Test
  void aNewArticleOnTheSameSubjectIsNotACopy() {
    String text = "Jamaica deployed 24 soldiers and two police officers to Haiti in July 2024 to join the "
        + "Kenyan-led Multinational Security Support mission. The first group of 400 Kenyan police officers "
        + "had landed in Port-au-Prince a few weeks earlier.";

    assertEquals(Optional.empty(), NearCopies.of(text, articles));
  }

  @Test
  void shinglesIgnoreCaseAndPunctuationAndAShortTextIsOneShingle() {
    assertEquals(NearCopies.shingles("One two, three four five six."), NearCopies.shingles("one TWO three four five six"));
    assertEquals(2, NearCopies.shingles("one two three four five six").size());
    assertEquals(java.util.Set.of("only three words"), NearCopies.shingles("Only three words."));
    assertEquals(0.5, NearCopies.overlap(java.util.Set.of("a", "b"), java.util.Set.of("a", "c", "d")));
  }
}
