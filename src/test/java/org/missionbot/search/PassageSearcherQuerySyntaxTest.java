package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missionbot.search.PassageSearcherFixture.found;
import static org.missionbot.search.PassageSearcherFixture.searcher;
import static org.missionbot.search.PassageSearcherFixture.words;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionbot.corpus.Passage;

/**
 * Lucene's query syntax typed into a question is read as words and punctuation, never as a query, and never throws.
 */
class PassageSearcherQuerySyntaxTest {

  /** The passages the BM25 side found, in its order: what the words alone decide. */
  private static List<Passage> lexical(String question) {
    return searcher.search(searcher.read(question)).stream().filter(h -> h.signals().lexicalRank() >= 0)
        .sorted(java.util.Comparator.comparingInt(h -> h.signals().lexicalRank())).map(Hit::passage).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"canada AND kenya", "canada OR kenya", "canada NOT kenya", "+canada -kenya",
      "\"canada kenya\"", "(canada kenya)", "[canada TO kenya]", "canada* kenya~", "canada~ kenya?",
      "{canada} kenya!", "((canada kenya", "canada\" kenya", "canada kenya]]", "canada && kenya || !", "/canada/ kenya"})
  void querySyntaxIsNotInterpreted(String question) {
    assertEquals(List.of("canada", "kenya"), words(question), "the words, and nothing else");
    assertEquals(lexical("canada kenya"), lexical(question), "the same passages from BM25 as the plain words");
  }

  @Test
  void minusDoesNotExcludeAWord() {
    assertTrue(found("+canada -kenya").stream().limit(3).anyMatch(p -> p.text().contains("Kenya")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"title:foo", "text:canada", "passage:1", "mentions:MONEY", "*", "?", "~", ":", "\\", "\"",
      "(", ")", "[", "]", "{", "}", "^", "AND", "OR NOT", "&&", "||", "canada^", "-", "+", "/", "a:b:c", "field:(a OR b)",
      "canada\\ kenya", "\"unbalanced", "*:*", "[* TO *]"})
  void queryPunctuationNeverThrows(String question) {
    List<Hit> hits = assertDoesNotThrow(() -> searcher.search(searcher.read(question)));

    assertTrue(hits.size() <= 2 * Candidates.CANDIDATES, hits.size() + " hits: more than both sides propose");
  }

  @Test
  void fieldNamesInAQuestionAreNotFields() {
    assertTrue(words("title:foo").stream().anyMatch(w -> w.contains("foo")), "the words are read: " + words("title:foo"));
    assertEquals(List.of(), found("*:*"), "match-all syntax finds nothing");
  }
}
