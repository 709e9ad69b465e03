package org.missionbot.answer;

import org.missionbot.corpus.Passage;
import org.missionbot.search.PassageSearcher;

/**
 * What the engine reads off all the articles, each table on the first question that needs it: the
 * headlines and outlets a question may name, the short forms the articles define, who holds which role.
 */
final class ArticleTables {

  private final PassageSearcher searcher;
  /** Who holds which role, read from the articles when first needed (a benign race may read them twice). */
  private volatile RoleHolders roles;
  /** The short forms the articles define, read on the first question that may ask one (a benign race may read them twice). */
  private volatile Acronyms acronyms;
  /** The articles' headlines and outlets, for questions that name one. */
  private volatile SourceFrame.Catalog catalog;

  ArticleTables(PassageSearcher searcher) {
    this.searcher = searcher;
  }

  /** The articles a question may name, read on the first question (a benign race may read them twice). */
  SourceFrame.Catalog catalog() {
    SourceFrame.Catalog read = catalog;
    if (read == null) {
      read = new SourceFrame.Catalog(searcher.passages().stream().map(Passage::article).distinct().toList());
      catalog = read;
    }
    return read;
  }

  /** The short forms these articles define, read on the first question that may ask one. */
  Acronyms acronyms() {
    Acronyms read = acronyms;
    if (read == null) {
      read = Acronyms.of(searcher.passages());
      acronyms = read;
    }
    return read;
  }

  /** The holders of roles in these articles, read on the first question about one. */
  RoleHolders roles() {
    RoleHolders read = roles;
    if (read == null) {
      read = RoleHolders.of(searcher.passages(), searcher::isTopical);
      roles = read;
    }
    return read;
  }
}
