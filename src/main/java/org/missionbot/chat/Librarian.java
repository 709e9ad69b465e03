package org.missionbot.chat;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.missionbot.answer.Citation;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.ingest.ArticleFolder;
import org.missionbot.corpus.ingest.Draft;
import org.missionbot.corpus.ingest.IngestException;
import org.missionbot.corpus.ingest.NearCopies;
import org.missionbot.corpus.ingest.Sources;
import org.missionbot.config.Home;

/**
 * Adds articles to the corpus on behalf of the people allowed to: the editors named in the
 * configuration. A running bot picks the new file up by itself; this only checks, reads and writes.
 * Thread-safe: one article is added at a time.
 */
public final class Librarian {

  private final Home home;
  private final Set<String> editors;

  /** A librarian for the home's articles who takes additions from these people (ids as the channel gives them). */
  public Librarian(Home home, Set<String> editors) {
    this.home = home;
    this.editors = Set.copyOf(editors);
  }

  /** Whether this person may add articles. */
  public boolean mayAdd(String person) {
    return editors.contains(person);
  }

  /** Adds the article at a file path or http(s) address; returns what a person should read about it. */
  public synchronized String add(String person, String pathOrUrl) {
    if (!mayAdd(person)) {
      return "Only the editors named in the bot's configuration can add articles.";
    }
    try {
      Draft draft = Sources.read(pathOrUrl.strip());
      ArticleFolder folder = new ArticleFolder(home.articles());
      Optional<NearCopies.Match> copy = folder.copyOf(draft);
      if (copy.isPresent()) {
        return String.format(Locale.ROOT, "Not added: it repeats \"%s\" (%d%% of it is already there).",
            copy.get().article().title(), Math.round(copy.get().overlap() * 100));
      }
      Article article = folder.add(draft);
      return "Added: " + Citation.of(article).label() + ". It is answered from within a few seconds.";
    } catch (IngestException e) {
      return "Not added: " + e.getMessage();
    } catch (IOException e) {
      return "Not added: the article could not be written (" + e.getMessage() + ").";
    }
  }
}
