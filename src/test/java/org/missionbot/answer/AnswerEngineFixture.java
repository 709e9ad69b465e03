package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.missionbot.Checkout;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Corpus;
import org.missionbot.index.PassageIndex;
import org.missionbot.search.PassageSearcher;

/** The engine over the bundled articles, built once for all its tests, and what they check its answers by. */
final class AnswerEngineFixture {

  /** The index of the bundled articles, shared with every other test of the run that only reads it. */
  static final PassageIndex index = Checkout.sharedIndex();
  static final Corpus corpus = index.corpus();
  private static final PassageSearcher searcher = new PassageSearcher(index);
  static final AnswerEngine engine = new AnswerEngine(searcher);
  /**
   * The same search and checks with a decision that always answers: for tests whose subject is a reading or
   * a check after the decision, not the decision's call for one wording (which sits near its threshold).
   */
  static final AnswerEngine undecided = new AnswerEngine(searcher, Decision.always());

  private AnswerEngineFixture() {}

  /** What every answer promises: verbatim quotes, each cited, highlights inside, quotes only when answered. */
  static void assertWellFormed(Corpus corpus, String question, Answer answer) {
    assertNotNull(answer, question);
    assertNotNull(answer.outcome(), question);
    assertNotNull(answer.lead(), question);
    assertTrue(answer.quotes().size() <= AnswerEngine.MAX_QUOTES, question + ": " + answer.quotes().size() + " quotes");
    assertEquals(answer.answered(), !answer.quotes().isEmpty(), question + ": quotes if and only if answered");
    for (Quote quote : answer.quotes()) {
      Citation citation = quote.citation();
      Article article = corpus.article(citation.articleId());
      assertNotNull(article, question + ": cites an article that is not in the corpus: " + citation.articleId());
      assertTrue(article.body().contains(quote.text()), question + ": not verbatim from " + article.id() + ": " + quote.text());
      assertFalse(quote.text().isBlank(), question);
      assertFalse(citation.title() == null || citation.title().isBlank(), question + ": citation without a title");
      assertEquals(article.title(), citation.title());
      assertEquals(article.published(), citation.published());
      for (Span span : quote.highlights()) {
        assertTrue(span.start() >= 0 && span.end() <= quote.text().length(), question + ": highlight " + span + " outside");
      }
      int start = article.body().indexOf(quote.text());
      for (Quote other : answer.quotes()) {
        int otherStart = article.body().indexOf(other.text());
        assertTrue(other == quote || !other.citation().articleId().equals(citation.articleId())
            || otherStart >= start + quote.text().length() || start >= otherStart + other.text().length(),
            question + ": a sentence quoted twice: " + answer.quotes());
      }
    }
  }

  /** The answer to a question, which must be answered with a quote holding the text given. */
  static Answer answeredQuoting(String question, String text) {
    Answer answer = engine.answer(question);
    assertTrue(answer.answered(), question);
    assertTrue(answer.quotes().stream().anyMatch(q -> q.text().contains(text)), text + " is quoted: " + answer.quotes());
    return answer;
  }
}
