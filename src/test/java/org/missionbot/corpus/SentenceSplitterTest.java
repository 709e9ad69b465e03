package org.missionbot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.missionbot.Checkout;

class SentenceSplitterTest {

  private static List<String> sentences(String text) {
    return SentenceSplitter.split(text, 0, text.length()).stream().map(s -> text.substring(s[0], s[1])).toList();
  }

  @Test
  void keepsUsInsideASentence() {
    assertEquals(List.of(
        "Ottawa has agreed to send a team, rather than give the U.S. a flat-out refusal.",
        "It went on Thursday."),
        sentences("Ottawa has agreed to send a team, rather than give the U.S. a flat-out refusal. It went on Thursday."));
  }

  @Test
  void keepsUnInsideASentence() {
    assertEquals(List.of(
        "Haitians remember a 13-year U.N. mission known as MINUSTAH.", "It ended in 2017."),
        sentences("Haitians remember a 13-year U.N. mission known as MINUSTAH. It ended in 2017."));
  }

  @Test
  void keepsAnAcronymBeforeANameInsideASentence() {
    assertEquals(1, sentences("On Thursday, U.S. Secretary of State Antony Blinken arrived in Ottawa.").size());
  }

  @Test
  void keepsAnAbbreviatedMonthAndItsDayInsideASentence() {
    assertEquals(List.of(
        "He cited the Oct. 15 delivery of equipment, including armored vehicles.", "Blinken said so."),
        sentences("He cited the Oct. 15 delivery of equipment, including armored vehicles. Blinken said so."));
  }

  @Test
  void keepsTitlesAndDecimalsInsideASentence() {
    assertEquals(1, sentences("Mr. Ruto said Canada pledged $80.5 million on Thursday.").size());
  }

  @Test
  void aSentenceEndingWithTheWordNoIsSplitFromTheNext() {
    assertEquals(List.of("Asked whether it would send troops, Canada said no.", "The team went instead."),
        sentences("Asked whether it would send troops, Canada said no. The team went instead."));
  }

  @Test
  void numberAbbreviationStaysInsideASentence() {
    assertEquals(1, sentences("It passed resolution No. 2653 last week.").size());
  }

  @Test
  void splitsAfterAnAcronymThatEndsASentence() {
    assertEquals(List.of("The vehicles came from the U.S.", "The police used them."),
        sentences("The vehicles came from the U.S. The police used them."));
  }

  @Test
  void splitsAfterAClosingQuotationMark() {
    assertEquals(List.of("She said: \u201cwe will not stand by.\u201d", "Then she left."),
        sentences("She said: \u201cwe will not stand by.\u201d Then she left."));
    assertEquals(List.of("He said: \"It is over.\"", "Nobody agreed."),
        sentences("He said: \"It is over.\" Nobody agreed."));
  }

  @Test
  void splitsBeforeAnOpeningQuotationMark() {
    assertEquals(List.of("Ruto spoke.", "\u201cWe will not abandon Haiti,\u201d he said."),
        sentences("Ruto spoke. \u201cWe will not abandon Haiti,\u201d he said."));
  }

  @Test
  void questionInsideAQuoteFollowedByItsAttributionIsOneSentence() {
    assertEquals(1, sentences("\u201cHow is an intervention going to work?\u201d said Clesca.").size());
  }

  @Test
  void splitsAtQuestionAndExclamationMarks() {
    assertEquals(List.of("Will it work?", "Nobody knows!", "We wait."), sentences("Will it work? Nobody knows! We wait."));
  }

  @Test
  void sentencesAreTrimmedAndTheLastNeedsNoPeriod() {
    assertEquals(List.of("One.", "Two without a stop"), sentences("   One.   Two without a stop  "));
  }

  @Test
  void staysInsideTheRangeItIsGiven() {
    String text = "Before. Inside one. Inside two. After.";
    int from = text.indexOf("Inside one");
    int to = text.indexOf(" After.");

    List<int[]> spans = SentenceSplitter.split(text, from, to);

    assertEquals(2, spans.size());
    assertEquals("Inside one.", text.substring(spans.get(0)[0], spans.get(0)[1]));
    assertEquals("Inside two.", text.substring(spans.get(1)[0], spans.get(1)[1]));
  }

  @Test
  void everySentenceOfTheArticlesIsTheExactSubstringAtItsOffsets() throws IOException {
    for (Article article : Checkout.corpus().articles()) {
      String body = article.body();
      List<int[]> spans = SentenceSplitter.split(body, 0, body.length());
      StringBuilder joined = new StringBuilder();
      int previousEnd = 0;
      for (int[] span : spans) {
        String sentence = body.substring(span[0], span[1]);
        assertFalse(sentence.isBlank(), article.id());
        assertEquals(sentence.strip(), sentence, "trimmed in " + article.id());
        assertTrue(span[0] >= previousEnd, "in order, not overlapping, in " + article.id());
        assertTrue(body.substring(previousEnd, span[0]).isBlank(), "only white space is left out in " + article.id());
        previousEnd = span[1];
        joined.append(sentence);
      }
      assertEquals(body.replaceAll("\\s", ""), joined.toString().replaceAll("\\s", ""), "no text lost in " + article.id());
    }
  }
}
