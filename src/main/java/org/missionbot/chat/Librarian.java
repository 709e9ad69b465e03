package org.missionbot.chat;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.missionbot.answer.Citation;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.ingest.ArticleFolder;
import org.missionbot.corpus.ingest.Draft;
import org.missionbot.corpus.ingest.FetchPolicy;
import org.missionbot.corpus.ingest.IngestException;
import org.missionbot.corpus.ingest.NearCopies;
import org.missionbot.corpus.ingest.Sources;
import org.missionbot.config.Home;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds articles to the corpus on behalf of the people allowed to: the editors named in the
 * configuration. A running bot picks the new file up by itself; this only checks, reads and writes.
 * From chat only web pages are taken, never files, and only from the addresses the fetch policy
 * allows (public ones by default). Thread-safe: pages download side by side, and one article is
 * checked against the others and written at a time.
 */
public final class Librarian {

  private static final Logger LOG = LoggerFactory.getLogger(Librarian.class);

  private final Home home;
  private final Set<String> editors;
  private final FetchPolicy policy;
  private final Object writing = new Object();

  /** A librarian for the home's articles who takes additions from these people (ids as the channel gives them). */
  public Librarian(Home home, Set<String> editors) {
    this(home, editors, FetchPolicy.forChat(null));
  }

  /** Like {@link #Librarian(Home, Set)}, fetching within {@code policy}. */
  public Librarian(Home home, Set<String> editors, FetchPolicy policy) {
    this.home = home;
    this.editors = Set.copyOf(editors);
    this.policy = policy;
  }

  /** Whether this person may add articles. */
  public boolean mayAdd(String person) {
    return editors.contains(person);
  }

  /**
   * Adds the article at an http(s) address; returns what a person should read about it. The page is
   * downloaded without holding any lock, so a slow page never holds up another addition.
   */
  public String add(String person, String url) {
    if (!mayAdd(person)) {
      return "Only the editors named in the bot's configuration can add articles.";
    }
    String address = url.strip();
    if (!address.toLowerCase(Locale.ROOT).matches("https?://.*")) {
      return "Not added: only web addresses (http:// or https://) can be added from chat, not files or other "
          + "sources.";
    }
    try {
      Draft draft = Sources.fetch(address, policy);
      synchronized (writing) {
        ArticleFolder folder = new ArticleFolder(home.articles());
        Optional<NearCopies.Match> copy = folder.copyOf(draft);
        if (copy.isPresent()) {
          return String.format(Locale.ROOT, "Not added: it repeats \"%s\" (%d%% of it is already there).",
              copy.get().article().title(), Math.round(copy.get().overlap() * 100));
        }
        Article article = folder.add(draft);
        return "Added: " + Citation.of(article).label() + ". It is answered from within a few seconds.";
      }
    } catch (IngestException e) {
      return "Not added: " + e.getMessage();
    } catch (IOException e) {
      return "Not added: the article could not be written (" + e.getMessage() + ").";
    } catch (OutOfMemoryError e) {
      // the page is capped well below the heap; should memory still run out here, the service goes on
      LOG.error("adding {} ran out of memory", LogText.escape(address));
      return "Not added: the page was too large to read.";
    }
  }
}
