package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionbot.corpus.Article;

class SourceFrameTest {

  private static final List<Article> ARTICLES = List.of(
      article("arrival", "Kenyan Police Arrive in Haiti to Lead Security Mission Backed by Canada", "Associated Press"),
      article("unga", "Canada, under PM Mark Carney, backs Kenya's Haiti mission at the UNGA", null),
      article("pledge", "Kenya to send reconnaissance team to Haiti as Canada pledges $80.5 million", null));

  private static Article article(String id, String title, String outlet) {
    return new Article(id, title, outlet, LocalDate.of(2024, 6, 25), false, null, "Text.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      How much did Canada pledge according to the AP story on the Kenyan arrival? | arrival | How much did Canada pledge?
      How long has Haiti been spiralling, per the AP? | arrival | How long has Haiti been spiralling?
      what did canada pledge, according to the Associated Press | arrival | what did canada pledge,
      Who is the US ambassador in the Carney story, and what did she ask? | unga | Who is the US ambassador, and what did she ask?
      how much money according to the AP-based report | arrival | how much money
      what did Ruto announce in the article about the reconnaissance team? | pledge | what did Ruto announce?
      who is the prime minister mentioned in article on arrival kenyans | arrival | who is the prime minister
      which country does the AP piece say the gangs' weapons come from? | arrival | which country the gangs' weapons come from?
      What did the Carney story report about the vehicles? | unga | What about the vehicles?
      amount total of commitment canadian according to story AP on arrival kenyans | arrival | amount total of commitment canadian
      The AP says the first 400 landed on which day? | arrival | the first 400 landed on which day?
      ap says the violence has uprooted how many people | arrival | the violence has uprooted how many people
      Name the gang boss the Associated Press reported has vowed to resist. | arrival | Name the gang boss has vowed to resist.
      What dollar figure does the AP intro give for Ottawa's pledge? | arrival | What dollar figure for Ottawa's pledge?
      What dollar figure does the AP give for Ottawa's pledge? | arrival | What dollar figure for Ottawa's pledge?
      What kind of test does the AP say the MSS represents? | arrival | What kind of test the MSS represents?
      How does the AP piece describe the Haitian police? | arrival | How does describe the Haitian police?
      What label does the AP headline use for the Kenyan force? | arrival | What label does use for the Kenyan force?
      """)
  void anArticleNamedByItsOutletOrHeadlineIsTheOnlySource(String question, String id, String without) {
    SourceFrame frame = SourceFrame.of(question, new SourceFrame.Catalog(ARTICLES));

    assertEquals(Set.of(id), frame.articles(), question);
    assertEquals(without, frame.outOf(question));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "What's the latest figure the articles give for Canada's funding?",
      "In the 2022 wire story, how much of Haiti had gangs taken over?",
      "how much of the capital had gangs seized according to CBC",
      "What do the articles say about Haiti?",
      "Kenyan police arrival report",
      "What did the Kenyan police report?",
      "tell me about the story on the Kenyan arrival",
      "How much has Canada pledged, according to the story on Haiti?",
      "How much of the load is the US carrying, according to Trump's administration?",
      "What did Ruto say about the AP?",
      "the AP says",
      "Reuters says Canada pledged how much?",
      "What does the AP call the gang leader?",
      "How many officers did the Kenyan police dispatch?"})
  void aReferenceNoArticleOrEveryArticleFitsRestrictsNothing(String question) {
    SourceFrame frame = SourceFrame.of(question, new SourceFrame.Catalog(ARTICLES));

    assertFalse(frame.named(), question + ": " + frame);
    assertTrue(frame.restrict(List.of()).isEmpty());
  }

  @org.junit.jupiter.api.Test
  void anOutletOnlyOneArticleLacksNamesNoneWhenEveryArticleHasIt() {
    List<Article> same = List.of(article("a", "One", "Associated Press"), article("b", "Two", "Associated Press"));

    assertFalse(SourceFrame.of("how much did Canada give, per the AP?", new SourceFrame.Catalog(same)).named());
    assertTrue(SourceFrame.of("how much did Canada give, per the AP?", new SourceFrame.Catalog(ARTICLES)).named());
    assertFalse(SourceFrame.of("how much, per the AP?", new SourceFrame.Catalog(ARTICLES)).named(),
        "nothing would be left to ask");
  }

  @org.junit.jupiter.api.Test
  void anOutletIsNamedWithOrWithoutItsTheAndWithAnAnd() {
    List<Article> papers = List.of(article("globe", "One", "The Globe and Mail"), article("cp", "Two", "The Canadian Press"),
        article("none", "Three", null));

    assertEquals(Set.of("globe"), SourceFrame.of("what did canada pledge, per the Globe and Mail?", new SourceFrame.Catalog(papers)).articles());
    assertEquals(Set.of("cp"), SourceFrame.of("who leads it according to The Canadian Press?", new SourceFrame.Catalog(papers)).articles());
  }

  @org.junit.jupiter.api.Test
  void aLongWordAfterTheReferenceDoesNotHang() {
    // each word is one token: a word split every way it could be made the match time grow as its length to the fifth
    String word = "x".repeat(400);
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
      assertFalse(SourceFrame.of("What did Canada pledge in the story on " + word + " in the first days of the deployment",
          new SourceFrame.Catalog(ARTICLES)).named());
      assertFalse(SourceFrame.of("what did canada pledge according to " + word + " " + word,
          new SourceFrame.Catalog(ARTICLES)).named());
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "which news agency is the story on the kenyan arrival from? | kenyan arrival",
      "who reported the news of the Kenyan police arrival | Kenyan police arrival",
      "who was the source for the story about kenyan police arriving | kenyan police arriving",
      "which news agency is the kenyan-arrival story sourced from | kenyan arrival"})
  void aQuestionAskingWhichOutletPutOutANewsItemAsksItOfWhatItNames(String question, String about) {
    assertEquals(about, SourceFrame.outletAskedOf(question));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "who published the report saying the govt used gangs against protesters", // a report the articles tell of
      "which outlet reported that gangs had seized two-thirds of the capital", // said in a sentence, no news item named
      "what did the news media report about the kenyan police", // asks what, not who
      "which news outlet reported that gangs had seized two-thirds of the Haitian capital?", // "news" is the outlet's
      "has any news outlet reported that gangs control 80% of the capital?", // asks whether, not who
      "according to the article, who reported that the government enlisted gangs?", // "the article": the source
      "latest news reported on the kenyan police deployment", // no one asked for
      "kenyan arrival story news agency source", // a search without a question word is read as usual
      "which news agency is the story from?"}) // names no story
  void aQuestionThatAsksNoOutletOfANamedNewsItemIsReadAsUsual(String question) {
    assertEquals(null, SourceFrame.outletAskedOf(question));
  }
}
