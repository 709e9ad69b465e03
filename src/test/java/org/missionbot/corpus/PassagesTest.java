package org.missionbot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.missionbot.Checkout;

class PassagesTest {

  private static final String BODY = """
      First sentence here. Second one follows.

      A new paragraph starts.

      ## Section Two

      After the heading. More text.

      - Listed item one.
      - Listed item two.
      1. Numbered item.""";

  private static final Article ARTICLE = new Article("hand-made", "A title", null, null, false, null, BODY);
  private static final List<Passage> PASSAGES = Passages.of(ARTICLE);

  private static List<String> texts() {
    return PASSAGES.stream().map(Passage::text).toList();
  }

  @Test
  void cutsParagraphsAndListItemsIntoSentencesInReadingOrder() {
    assertEquals(List.of("First sentence here.", "Second one follows.", "A new paragraph starts.",
        "After the heading.", "More text.", "Listed item one.", "Listed item two.", "Numbered item."), texts());
    for (int i = 0; i < PASSAGES.size(); i++) {
      assertEquals(i, PASSAGES.get(i).ordinal());
    }
  }

  @Test
  void headingsAreNotPassagesButNameTheirSection() {
    assertTrue(texts().stream().noneMatch(t -> t.contains("#") || t.contains("Section Two")), texts().toString());
    assertEquals("", PASSAGES.get(0).heading());
    assertEquals("", PASSAGES.get(2).heading());
    assertEquals("Section Two", PASSAGES.get(3).heading());
    assertEquals("Section Two", PASSAGES.get(7).heading());
  }

  @Test
  void listMarkersAreLeftOut() {
    Passage item = PASSAGES.get(5);

    assertEquals("Listed item one.", item.text());
    assertEquals("Listed item one.", BODY.substring(item.start(), item.end()));
    assertEquals("- ", BODY.substring(item.start() - 2, item.start()));
  }

  @Test
  void firstPassageOfTheArticleHasNoPreviousSentence() {
    Passage first = PASSAGES.get(0);

    assertEquals(first.start(), first.previousStart());
    assertEquals("", first.previous());
    assertEquals(first.text(), first.withPrevious());
  }

  @Test
  void previousStartPointsAtTheSentenceBefore() {
    Passage second = PASSAGES.get(1);

    assertEquals(PASSAGES.get(0).start(), second.previousStart());
    assertEquals("First sentence here.", second.previous());
    assertEquals("First sentence here. Second one follows.", second.withPrevious());
  }

  @Test
  void previousSentenceMayEndThePreviousParagraph() {
    Passage opening = PASSAGES.get(2);

    assertEquals("Second one follows.", opening.previous());
    assertEquals("Second one follows.\n\nA new paragraph starts.", opening.withPrevious());
  }

  @Test
  void previousSentenceIsResetAfterAHeading() {
    Passage afterHeading = PASSAGES.get(3);

    assertEquals(afterHeading.start(), afterHeading.previousStart());
    assertEquals("", afterHeading.previous());
    assertEquals("After the heading.", PASSAGES.get(4).previous());
  }

  @Test
  void previousStartOfAListItemPointsAtTheSentenceBefore() {
    assertEquals(PASSAGES.get(4).start(), PASSAGES.get(5).previousStart());
    assertEquals(PASSAGES.get(5).start(), PASSAGES.get(6).previousStart());
    assertEquals("Listed item one.\n- Listed item two.", PASSAGES.get(6).withPrevious(), "one verbatim span");
  }

  @Test
  void aSentenceThatOpensByPointingBackInItsParagraphRefersBack() {
    Article article = new Article("pointing", "A title", null, null, false, null, """
        A report came out in May. It explained the massacres. These groups control the capital.

        They met again. Itself no pronoun. Italy took part.""");
    List<Passage> passages = Passages.of(article);

    assertEquals(List.of(false, true, true, false, false, false), passages.stream().map(Passage::refersBack).toList(),
        "not the first of a paragraph ('They met again.'), nor a word that only begins like one ('Itself', 'Italy')");
  }

  @Test
  void previousSentenceOfAListItemLeavesOutItsMarker() {
    assertEquals("More text.", PASSAGES.get(5).previous());
    assertEquals("Listed item one.", PASSAGES.get(6).previous());
  }

  @Test
  void passagesOfTheArticlesAreVerbatimAndNeverHeadingsOrMarkers() throws IOException {
    for (Article article : Checkout.corpus().articles()) {
      List<Passage> passages = Passages.of(article);
      assertFalse(passages.isEmpty(), article.id());
      for (Passage p : passages) {
        assertEquals(article.body().substring(p.start(), p.end()), p.text());
        assertTrue(article.body().substring(p.previousStart(), p.end()).endsWith(p.text()));
        assertFalse(p.text().startsWith("#") || p.text().startsWith("- "), p.text());
      }
    }
  }

  @Test
  void insightsListOfTheArrivalArticleBecomesPassagesUnderItsHeading() throws IOException {
    Article arrival = Checkout.corpus().article("2024-06-25-kenyan-police-arrive-in-haiti");

    Passage insight = Passages.of(arrival).stream().filter(p -> p.text().startsWith("Why it matters:"))
        .findFirst().orElseThrow();

    assertEquals("Insights", insight.heading());
    assertEquals(insight.start(), insight.previousStart(), "first sentence after the heading");
  }
}
