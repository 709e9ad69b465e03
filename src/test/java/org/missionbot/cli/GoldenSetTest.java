package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionbot.answer.Answer;
import org.missionbot.answer.Answer.Outcome;
import org.missionbot.answer.Citation;
import org.missionbot.answer.Quote;

class GoldenSetTest {

  private static final Citation CITATION = new Citation("id", "Headline", null, null, false, null);

  private static GoldenSet.Golden golden(String json) {
    return GoldenSet.parse(List.of(json)).get(0);
  }

  private static Answer answer(String lead, String... quotes) {
    return new Answer("q", Outcome.ANSWERED, lead,
        java.util.Arrays.stream(quotes).map(q -> new Quote(q, CITATION, List.of())).toList());
  }

  @Test
  void parsesExpectedGroupsAndSkipsBlankLines() {
    List<GoldenSet.Golden> set = GoldenSet.parse(List.of(
        "{\"id\":\"d01\",\"question\":\"How much?\",\"expect\":[[\"123 million\"],[\"80.5 million\",\"$80.5M\"]],\"note\":\"x\"}",
        "  ",
        "{\"id\":\"d20\",\"question\":\"Capital of France?\",\"abstain\":true}"));

    assertEquals(2, set.size());
    assertEquals(new GoldenSet.Golden("d01", "How much?", List.of(List.of("123 million"), List.of("80.5 million", "$80.5M")), false),
        set.get(0));
    assertTrue(set.get(1).abstain());
    assertEquals(List.of(), set.get(1).expect());
  }

  @Test
  void everyGroupNeedsOneOfItsStrings() {
    GoldenSet.Golden both = golden("{\"id\":\"a\",\"question\":\"q\",\"expect\":[[\"123 million\"],[\"80.5 million\",\"80,5\"]]}");

    assertTrue(GoldenSet.score(both, answer("Over $123 million", "It pledged $80.5 million.")).pass());
    assertFalse(GoldenSet.score(both, answer("Over $123 million", "It pledged money.")).pass());
  }

  @Test
  void inFirstOnlyLooksAtTheLeadAndTheFirstQuote() {
    GoldenSet.Golden g = golden("{\"id\":\"a\",\"question\":\"q\",\"expect\":[[\"400\"]]}");

    GoldenSet.Score second = GoldenSet.score(g, answer("", "No number.", "The first 400 landed."));
    GoldenSet.Score fourth = GoldenSet.score(g, answer("", "a", "b", "c", "The first 400 landed."));

    assertTrue(second.pass());
    assertFalse(second.inFirst());
    assertFalse(fourth.pass(), "only the first three quotes count");
  }

  @Test
  void comparisonFoldsCaseQuotesAndWhiteSpace() {
    GoldenSet.Golden g = golden("{\"id\":\"a\",\"question\":\"q\",\"expect\":[[\"canada's  \\\"assessment team\\\"\"]]}");

    assertTrue(GoldenSet.score(g, answer("", "CANADA\u2019S \u201cassessment\n team\u201d")).inFirst());
    assertEquals("it's \"x\" y", GoldenSet.norm(" It\u2019s \u201cX\u201d\u00a0 Y "));
  }

  @Test
  void abstainPassesOnlyWhenNotAnswered() {
    GoldenSet.Golden g = golden("{\"id\":\"d20\",\"question\":\"Capital of France?\",\"abstain\":true}");

    assertTrue(GoldenSet.score(g, Answer.unanswered("q", Outcome.NOT_IN_ARTICLES, "no")).pass());
    assertFalse(GoldenSet.score(g, answer("Paris", "Paris is the capital.")).pass());
  }

  @Test
  void unansweredNeverPassesAnExpectation() {
    GoldenSet.Golden g = golden("{\"id\":\"a\",\"question\":\"q\",\"expect\":[[\"say\"]]}");

    assertFalse(GoldenSet.score(g, Answer.unanswered("q", Outcome.NOT_IN_ARTICLES, "The articles don't say.")).pass());
  }
}
