package org.missionbot.corpus.ingest;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a news page's headline, outlet, date, address and article text out of its HTML. The text is
 * the paragraphs and subheadings of {@code <article>}, else {@code <main>}, else the body, without
 * navigation, scripts, headers, footers, asides and the usual boilerplate (share bars, newsletter
 * boxes, "Advertisement").
 */
public final class HtmlPage {

  private static final String NOT_TEXT = "script, style, noscript, template, nav, header, footer, aside, form, "
      + "button, iframe, svg, figure, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
      + "[hidden], [aria-hidden=true]";
  private static final Pattern BOILERPLATE_CLASS = Pattern.compile(
      "(?i)(^|[\\s_-])(share|sharing|social|related|newsletter|subscribe|subscription|cookie|cookies|ad|ads|advert"
          + "|advertisement|promo|breadcrumbs?|comments?|byline|tags)($|[\\s_-])");
  private static final Pattern BOILERPLATE_TEXT = Pattern.compile(
      "(?i)(advertisement|read more\\b.*|share this\\b.*|follow us\\b.*|sign up for\\b.*|subscribe\\b.*)");
  private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");
  private static final Map<String, String> HEADINGS = Map.of("h2", "## ", "h3", "## ", "h4", "## ");

  private HtmlPage() {}

  /** The draft of the page; {@code pageUrl} (or null) resolves relative links and is the fallback address. */
  public static Draft read(String html, String pageUrl) {
    Document page = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
    String outlet = meta(page, "og:site_name");
    String url = firstNonBlank(link(page, "canonical"), meta(page, "og:url"), pageUrl);
    return new Draft(headline(page, outlet), outlet, published(page), url, text(page));
  }

  static String headline(Document page, String outlet) {
    String og = meta(page, "og:title");
    if (og != null) {
      return og;
    }
    String title = page.title().isBlank() ? null : withoutSiteName(page.title().strip(), outlet);
    Element h1 = page.selectFirst("h1");
    return firstNonBlank(title, h1 == null ? null : h1.text());
  }

  /** "Headline | Outlet" and "Headline - Outlet" become "Headline" when the outlet is known. */
  private static String withoutSiteName(String title, String outlet) {
    if (outlet == null) {
      return title;
    }
    for (String separator : List.of(" | ", " - ", " \u2013 ", " \u2014 ")) {
      if (title.endsWith(separator + outlet)) {
        return title.substring(0, title.length() - separator.length() - outlet.length()).strip();
      }
    }
    return title;
  }

  static LocalDate published(Document page) {
    LocalDate meta = isoDate(meta(page, "article:published_time"));
    if (meta != null) {
      return meta;
    }
    Element time = page.selectFirst("time[datetime]");
    LocalDate timed = time == null ? null : isoDate(time.attr("datetime"));
    return timed != null ? timed : jsonLdDate(page);
  }

  private static LocalDate jsonLdDate(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        LocalDate date = isoDate(find(JsonParser.parseString(script.data()), "datePublished"));
        if (date != null) {
          return date;
        }
      } catch (JsonParseException e) {
        // a page's broken JSON-LD only costs it the date from there
      }
    }
    return null;
  }

  /** The first string value under {@code key}, searching objects and arrays depth first. */
  private static String find(JsonElement json, String key) {
    if (json.isJsonArray()) {
      for (JsonElement item : json.getAsJsonArray()) {
        String found = find(item, key);
        if (found != null) {
          return found;
        }
      }
    } else if (json.isJsonObject()) {
      JsonElement value = json.getAsJsonObject().get(key);
      if (value != null && value.isJsonPrimitive()) {
        return value.getAsString();
      }
      for (var entry : json.getAsJsonObject().entrySet()) {
        String found = find(entry.getValue(), key);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static LocalDate isoDate(String value) {
    Matcher m = value == null ? null : ISO_DATE.matcher(value);
    try {
      return m != null && m.find() ? LocalDate.parse(m.group(1)) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The article text: one paragraph a block, separated by blank lines, subheadings as {@code ## } lines. */
  static String text(Document page) {
    Element root = firstNonNull(page.selectFirst("article"), page.selectFirst("main"), page.body()).clone();
    root.select(NOT_TEXT).remove();
    int length = root.text().length();
    // a wrapper that holds most of the text is the article itself, whatever its class says ("js-share-enabled")
    root.getAllElements().stream().filter(e -> e != root && isBoilerplate(e) && e.text().length() * 2 < length)
        .forEach(Element::remove);
    List<String> blocks = new ArrayList<>();
    for (Element block : root.select("h2, h3, h4, p, li, blockquote")) {
      String text = block.text();
      if (!text.isBlank() && !BOILERPLATE_TEXT.matcher(text).matches() && !hasBlockInside(block)) {
        blocks.add(HEADINGS.getOrDefault(block.normalName(), "") + text);
      }
    }
    if (blocks.isEmpty() && !root.text().isBlank()) {
      blocks.add(root.text());
    }
    return String.join("\n\n", blocks);
  }

  private static boolean isBoilerplate(Element element) {
    return BOILERPLATE_CLASS.matcher(element.className()).find() || BOILERPLATE_CLASS.matcher(element.id()).find();
  }

  /** A list item or quote made of paragraphs is read through its paragraphs, not twice. */
  private static boolean hasBlockInside(Element block) {
    return !block.normalName().equals("p") && !block.select("p, li, blockquote").stream().allMatch(e -> e == block);
  }

  private static String meta(Document page, String property) {
    Element meta = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
    return meta == null || meta.attr("content").isBlank() ? null : meta.attr("content").strip();
  }

  private static String link(Document page, String rel) {
    Element link = page.selectFirst("link[rel=" + rel + "][href]");
    return link == null ? null : link.absUrl("href").isBlank() ? link.attr("href") : link.absUrl("href");
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T value : values) {
      if (value != null) {
        return value;
      }
    }
    throw new IllegalArgumentException("every value is null");
  }
}
