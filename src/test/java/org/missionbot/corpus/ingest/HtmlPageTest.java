package org.missionbot.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlPageTest {

  private static final String NEWS_PAGE = """
      <!DOCTYPE html>
      <html><head>
        <title>Kenya sends police to Haiti | Daily Wire Service</title>
        <meta property="og:title" content="Kenya Sends 400 Police Officers to Haiti">
        <meta property="og:site_name" content="Daily Wire Service">
        <meta property="og:url" content="https://news.example/og-address">
        <meta property="article:published_time" content="2024-06-25T14:05:00+03:00">
        <link rel="canonical" href="https://news.example/kenya-haiti">
        <script>var tracking = "Do not read me.";</script>
        <style>p { color: red }</style>
      </head><body>
        <header><p>Site header paragraph.</p></header>
        <nav><ul><li>Home</li><li>World</li></ul></nav>
        <article>
          <h1>Kenya Sends 400 Police Officers to Haiti</h1>
          <div class="byline">By A. Reporter</div>
          <p>The first   400 Kenyan officers landed in <a href="/pap">Port-au-Prince</a> on Tuesday.</p>
          <div class="share-bar"><p>Share this on social media</p></div>
          <p>Advertisement</p>
          <h2>Canada&#39;s role</h2>
          <p>Canada pledged &ldquo;approximately $123 million&rdquo; for the mission.</p>
          <aside><p>Related: other stories.</p></aside>
          <figure><img src="x.jpg"><figcaption>A photo caption.</figcaption></figure>
          <ul><li>Kenya leads the force.</li></ul>
        </article>
        <footer><p>Copyright 2024.</p></footer>
      </body></html>
      """;

  @Test
  void metadataComesFromOpenGraphTheCanonicalLinkAndThePublishedTime() {
    Draft draft = HtmlPage.read(NEWS_PAGE, "https://news.example/fetched");

    assertEquals("Kenya Sends 400 Police Officers to Haiti", draft.title());
    assertEquals("Daily Wire Service", draft.outlet());
    assertEquals(LocalDate.of(2024, 6, 25), draft.published());
    assertEquals("https://news.example/kenya-haiti", draft.url());
  }

  @Test
  void theTextIsTheArticlesParagraphsWithoutNavigationScriptsAndBoilerplate() {
    Draft draft = HtmlPage.read(NEWS_PAGE, null);

    assertEquals("""
        The first 400 Kenyan officers landed in Port-au-Prince on Tuesday.

        ## Canada's role

        Canada pledged \u201capproximately $123 million\u201d for the mission.

        Kenya leads the force.""", draft.body());
  }

  @Test
  void withoutOpenGraphTheTitleLosesTheSiteNameAndTheDateComesFromATimeElement() {
    String html = """
        <html><head><title>Gangs control 80% of the capital - Haiti Herald</title>
        <meta name="og:site_name" content="Haiti Herald"></head>
        <body><main><time datetime="2024-03-14">14 March</time><p>Gangs control over 80% of the capital.</p></main>
        </body></html>""";

    Draft draft = HtmlPage.read(html, "https://herald.example/a");

    assertEquals("Gangs control 80% of the capital", draft.title());
    assertEquals("Haiti Herald", draft.outlet());
    assertEquals(LocalDate.of(2024, 3, 14), draft.published());
    assertEquals("https://herald.example/a", draft.url());
    assertEquals("Gangs control over 80% of the capital.", draft.body());
  }

  @Test
  void theHeadlineFallsBackToTheFirstH1AndTheDateToJsonLd() {
    String html = """
        <html><head><script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[{"@type":"WebSite"},
         {"@type":"NewsArticle","headline":"x","datePublished":"2025-09-22T09:00:00Z"}]}
        </script><script type="application/ld+json">{ broken</script></head>
        <body><h1>Carney backs the mission</h1><p>Canada will keep funding the mission.</p>
        <p>It is led by Kenya.</p></body></html>""";

    Draft draft = HtmlPage.read(html, null);

    assertEquals("Carney backs the mission", draft.title());
    assertEquals(LocalDate.of(2025, 9, 22), draft.published());
    assertNull(draft.outlet());
    assertNull(draft.url());
    assertEquals("Canada will keep funding the mission.\n\nIt is led by Kenya.", draft.body());
  }

  @Test
  void aQuoteMadeOfParagraphsIsReadOnceAndTextWithoutParagraphsIsKept() {
    String quoted = "<html><body><article><blockquote><p>We will restore order.</p></blockquote>"
        + "<blockquote>Plain quote.</blockquote></article></body></html>";
    String bare = "<html><body><div>Only a bare line of text.</div></body></html>";

    assertEquals("We will restore order.\n\nPlain quote.", HtmlPage.read(quoted, null).body());
    assertEquals("Only a bare line of text.", HtmlPage.read(bare, null).body());
  }

  @Test
  void aWrapperHoldingMostOfTheTextIsKeptWhateverItsClassSays() {
    String html = "<html><body><article><div class=\"story js-share-enabled\"><p>Kenya leads the mission.</p>"
        + "<p>Canada pays for much of it.</p></div><div class=\"share\"><p>Share</p></div></article></body></html>";

    assertEquals("Kenya leads the mission.\n\nCanada pays for much of it.", HtmlPage.read(html, null).body());
  }

  @Test
  void aPageOfNavigationAndScriptsHasNoText() {
    String html = "<html><head><title>Menu</title><script>alert(1)</script></head>"
        + "<body><nav><a href='/'>Home</a></nav><footer>Contact</footer></body></html>";

    assertEquals("", HtmlPage.read(html, null).body());
  }
}
