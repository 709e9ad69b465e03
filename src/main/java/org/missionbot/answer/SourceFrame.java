package org.missionbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Initials;
import org.missionbot.index.Analysis;
import org.missionbot.search.Hit;

/**
 * Which article a question asks about, when it names one: by its outlet ("per the AP", "according to
 * the Associated Press") or by what its headline says ("in the article on the Kenyans' arrival", "the
 * Carney story"). The question is then answered from that article alone, and read without the words
 * that name it. A reference no article fits, or one every article fits, restricts nothing.
 */
record SourceFrame(Set<String> articles, int start, int end) {

  /** The nouns a question calls an article by. */
  private static final String PIECE = "(?:stor(?:y|ies)|articles?|pieces?|reports?|reporting|coverage|write-?ups?|intros?"
      + "|ledes?|headlines?)";
  /**
   * The verbs an article or its outlet tells with, which ask nothing of their own, in every form a
   * question puts them: "the AP says", "does the AP piece say", "what figure does the AP intro give".
   * Not those that ask how it tells ("what does the AP call ...", "how does it describe ..."): left
   * out, the question would lose what it asks.
   */
  private static final String TELLS = "say|says|said|report|reports|reported|write|writes|wrote|note|notes|noted|mention"
      + "|mentions|mentioned|claim|claims|claimed|state|states|stated|give|gives|gave";
  /** The verbs that ask how an article tells, after which its reference ends too: "how does the AP piece describe ...". */
  private static final String TELLS_HOW = "describe|describes|described|call|calls|called|use|uses|used|put|puts|label"
      + "|labels|labelled|labeled|list|lists|listed|cite|cites|cited|quote|quotes|quoted|credit|credits|credited|frame"
      + "|frames|framed|characteri[sz]e|characteri[sz]es|characteri[sz]ed";
  /**
   * "the AP story on the Kenyan arrival", "the report about the pledge", "the Carney piece": the words
   * before the noun, a capitalised name just after it (French puts the outlet there: "la dépêche AP",
   * read as "story AP") and the words after "on"/"about", to the clause's end.
   */
  private static final Pattern PIECE_PHRASE = Pattern.compile("(?i)(?:\\b(?:according to|per|in|from|by|of|mentioned in"
      + "|said in|says in)\\s+(?:(?:the|that|this|an?)\\s+)?|\\b(?:the|that|this|an?)\\s+)\\b((?:[\\p{L}\\d'\u2019-]+\\s+){0,3}?)" + PIECE
      + "\\b((?:\\s+(?-i:\\p{Lu})[\\p{L}\\d&'\u2019-]*){0,3})"
      + "(?:\\s+(?:on|about|of)\\s+([\\p{L}\\d'\u2019-]+(?:\\s+[\\p{L}\\d'\u2019-]+){0,5}?))?(?=\\s*(?:[,;?!.]|$|\\b(?:and|but|or"
      + "|" + TELLS + "|" + TELLS_HOW + ")\\b))");
  /** "according to the AP", "per Associated Press": an outlet named as the source, without a noun for the article. */
  private static final Pattern BY_OUTLET = Pattern.compile("(?i)\\b(?:according to|per|from|by)\\s+(?:the\\s+)?"
      + "([\\p{L}'\u2019&-]+(?:\\s+[\\p{L}'\u2019&-]+){0,3}?)(?=\\s*(?:[,;?!.]|$|\\b(?:but|or)\\b))");
  /** A verb of telling, after which the outlet that tells may stand as its subject: "the AP says". */
  private static final Pattern OUTLET_TELLS = Pattern.compile("(?i)(?<=\\S)\\s+(?:" + TELLS + ")\\b");
  /** Words of a reference that say nothing of which article: the year and month are the time frame's. */
  private static final Set<String> PLAIN = Set.of("the", "a", "an", "on", "about", "of", "in", "to", "from", "by", "per",
      "according", "wire", "news", "based", "original", "first", "second", "latest", "newest", "oldest", "older",
      "newer", "recent", "earlier", "later", "last", "that", "this", "which", "where", "when", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
      "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fall", "autumn", "spring", "summer", "winter");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");

  /** The helper verb just before a reference to an article: "which country does [the AP piece] say ...". */
  private static final Pattern ASKING_HELPER = Pattern.compile("(?i)\\b(?:does|did|do)\\s*$");
  /** The verb of telling just after it: "[the AP piece] says", "reports", "mention". */
  private static final Pattern TELLING = Pattern.compile("(?i)\\s*(?:" + TELLS + ")\\b");
  /** A reference that ends with its verb of telling: "the AP says", "the AP give". */
  private static final Pattern ENDS_TELLING = Pattern.compile("(?i)\\b(?:" + TELLS + ")\\s*$");
  /** Words that ask but say nothing of what: what remains of a question without its reference needs another. */
  private static final Set<String> ASKING = Set.of("what", "who", "whom", "when", "where", "why", "how", "which", "did",
      "does", "do", "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would", "the", "a", "an",
      "tell", "me", "us", "about", "say", "says", "said", "much", "many", "it", "they", "this", "that", "there");

  /** The nouns a question calls a news item by (not "report": the articles tell of reports). */
  private static final String NEWS_NOUN = "(?:stor(?:y|ies)|articles?|pieces?|coverage|write-?ups?)";
  /**
   * A news item named by what it tells ("the story on the Kenyan arrival", "the news of ...", "the
   * Carney piece"), not by "the article" alone, which is the bot's own word for its sources.
   */
  private static final Pattern NEWS_ITEM = Pattern.compile("(?i)\\b(?:(?:" + NEWS_NOUN + "|news)\\s+(?:on|about|of|covering)\\b"
      + "|(?!(?:the|an?|this|that|any|which|what)\\b)[\\p{L}-]+\\s+" + NEWS_NOUN + "\\b)");
  /** Words that name who puts a news item out: "news agency", "outlet", "the source", "reported". */
  private static final Pattern OUTLET_ASKED = Pattern.compile("(?i)\\b(?:(?:news|press)\\s+)?(?:agenc(?:y|ies)|outlets?"
      + "|wire(?:\\s+service)?|newspapers?|publications?|media|sources?|sourced|credited|published|reported|wrote|written)\\b");
  /** The question word asking for the outlet itself: "which news agency", "what outlet", "who reported", "who was the source". */
  private static final Pattern ASKS_OUTLET = Pattern.compile("(?i)\\b(?:(?:which|what)\\s+(?:[\\p{L}-]+\\s+)?(?:news\\s+|press\\s+)?"
      + "(?:agenc|outlet|wire|newspaper|publication|media|source)|who\\s+(?:(?:was|is|were)\\s+(?:the\\s+)?(?:source|outlet)"
      + "|reported|published|wrote|put\\s+out))");

  /**
   * What a question asks the outlet of, when it asks which outlet put out a news item ("which news
   * agency is the story on the Kenyan arrival from?", "who reported the news of the Kenyans'
   * arrival?"): the words left of the question without those and its asking words ("Kenyan
   * arrival"); null when it asks no such thing. The news item must be named apart from the words
   * that ask ("which news outlet reported that ..." names none), and a report the articles tell of
   * ("who published the report on collusion?") is no news item: its author is in the text.
   */
  static String outletAskedOf(String question) {
    if (!ASKS_OUTLET.matcher(question).find()) {
      return null; // "has any news outlet reported that ...", "haiti news media coverage": no one asked for
    }
    String rest = OUTLET_ASKED.matcher(question).replaceAll(" ");
    if (!NEWS_ITEM.matcher(rest).find()) {
      return null;
    }
    rest = NEWS_ITEM_NOUN.matcher(rest).replaceAll(" ");
    String about = WORD.matcher(rest).results().map(java.util.regex.MatchResult::group)
        .filter(w -> !ASKING.contains(w.toLowerCase(java.util.Locale.ROOT)) && !PLAIN.contains(w.toLowerCase(java.util.Locale.ROOT))
            && !w.equalsIgnoreCase("for")) // "the source for the story"
        .collect(java.util.stream.Collectors.joining(" "));
    return about.isEmpty() ? null : about;
  }

  /** The nouns of {@link #NEWS_ITEM}, which say nothing of what the item tells. */
  private static final Pattern NEWS_ITEM_NOUN = Pattern.compile("(?i)\\b(?:" + NEWS_NOUN + "|news)\\b");

  /** No article named: every article may answer. */
  static final SourceFrame ANY = new SourceFrame(Set.of(), 0, 0);

  /** The articles a question may name, each with the stems of its headline and outlet: read once, asked of every question. */
  static final class Catalog {
    private final List<Article> articles;
    private final List<Set<String>> named;

    Catalog(List<Article> articles) {
      this.articles = List.copyOf(articles);
      this.named = articles.stream().map(a -> stems(a.title() + " "
          + (a.outlet() == null ? "" : a.outlet() + " " + Initials.ofOutlet(a)))).toList();
    }
  }

  /** The article the question names among the catalogue's, or {@link #ANY}. */
  static SourceFrame of(String question, Catalog catalog) {
    Matcher piece = PIECE_PHRASE.matcher(question);
    // tried from each word on: the words before the noun may begin with some that do not belong to it
    // ("what did Ruto announce in the article about ...")
    for (int from = 0; from < question.length() && piece.find(from); from = piece.start() + 1) {
      String words = piece.group(1) + " " + piece.group(2) + " " + (piece.group(3) == null ? "" : piece.group(3));
      SourceFrame frame = fitting(words, catalog, piece.start(), piece.end());
      if (frame != ANY && frame.leavesAQuestion(question)) {
        return frame;
      }
    }
    Matcher outlet = BY_OUTLET.matcher(question);
    while (outlet.find()) {
      SourceFrame frame = ofOutlet(outlet.group(1), catalog, outlet.start(), outlet.end());
      if (frame != ANY && frame.leavesAQuestion(question)) {
        return frame;
      }
    }
    Matcher telling = OUTLET_TELLS.matcher(question);
    while (telling.find()) {
      SourceFrame frame = tellingOutlet(question, telling, catalog);
      if (frame != ANY && frame.leavesAQuestion(question)) {
        return frame;
      }
    }
    return ANY;
  }

  /**
   * The articles of the outlet named as the subject of a verb of telling ("the AP says", "AP reported
   * that"), read from the one word before the verb to the four before it, with "the" before them:
   * the reference spans the outlet and the verb, which asks no remark.
   */
  private static SourceFrame tellingOutlet(String question, Matcher telling, Catalog catalog) {
    List<int[]> words = WORD.matcher(question.substring(0, telling.start())).results()
        .map(w -> new int[] {w.start(), w.end()}).toList();
    for (int n = 1; n <= Math.min(4, words.size()); n++) {
      int start = words.get(words.size() - n)[0];
      Matcher the = LEADING_THE.matcher(question.substring(0, start));
      SourceFrame frame = ofOutlet(question.substring(start, telling.start()), catalog, the.find() ? the.start() : start,
          telling.end());
      if (frame != ANY) {
        return frame;
      }
    }
    return ANY;
  }

  /** The articles of the outlet a name is ("AP", "the Associated Press"), spanning the reference; ANY when none or every article is. */
  private static SourceFrame ofOutlet(String named, Catalog catalog, int start, int end) {
    Set<String> from = new LinkedHashSet<>();
    for (Article a : catalog.articles) {
      if (isOutlet(named.strip(), a)) {
        from.add(a.id());
      }
    }
    return from.isEmpty() || from.size() == catalog.articles.size() ? ANY : new SourceFrame(Set.copyOf(from), start, end);
  }

  /** "the" just before an outlet's name, which belongs to the reference. */
  private static final Pattern LEADING_THE = Pattern.compile("(?i)\\bthe\\s+$");

  /** The articles whose headline and outlet hold every telling word of a reference, when some but not all do. */
  private static SourceFrame fitting(String reference, Catalog catalog, int start, int end) {
    List<String> words = new ArrayList<>();
    Matcher w = WORD.matcher(Analysis.fold(reference));
    while (w.find()) {
      String word = w.group();
      if (!PLAIN.contains(word) && !word.chars().allMatch(Character::isDigit)) {
        words.add(Analysis.stem(word));
      }
    }
    if (words.isEmpty()) {
      return ANY;
    }
    Set<String> from = new LinkedHashSet<>();
    for (int a = 0; a < catalog.articles.size(); a++) {
      if (catalog.named.get(a).containsAll(words)) {
        from.add(catalog.articles.get(a).id());
      }
    }
    return from.isEmpty() || from.size() == catalog.articles.size() ? ANY : new SourceFrame(Set.copyOf(from), start, end);
  }

  /**
   * Whether the question still asks something without the reference: "what did the Kenyan police
   * report?" names no article ("report" is its verb), nor does "tell me about the story on the arrival".
   */
  private boolean leavesAQuestion(String question) {
    Matcher w = WORD.matcher(Analysis.fold(outOf(question)));
    while (w.find()) {
      if (w.group().length() > 2 && !ASKING.contains(w.group())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name is the article's outlet or its initials ("the Associated Press", "AP"), a leading "the" aside. */
  private static boolean isOutlet(String named, Article article) {
    if (article.outlet() == null) {
      return false;
    }
    String folded = withoutThe(named);
    return folded.equals(withoutThe(article.outlet())) || folded.equals(Analysis.fold(Initials.ofOutlet(article)));
  }

  private static String withoutThe(String name) {
    return Analysis.fold(name).strip().replaceFirst("^the\\s+", "");
  }

  private static Set<String> stems(String text) {
    Set<String> out = new java.util.HashSet<>();
    Matcher w = WORD.matcher(Analysis.fold(text));
    while (w.find()) {
      out.add(Analysis.stem(w.group()));
    }
    return out;
  }

  /** Whether the question names an article. */
  boolean named() {
    return !articles.isEmpty();
  }

  /**
   * The question without the words that name the article, and without the "does ... say" around them,
   * which ask what the article tells, not words someone said: "which country does the AP piece say the
   * weapons come from?" asks where the weapons come from.
   */
  String outOf(String question) {
    if (!named()) {
      return question;
    }
    String before = question.substring(0, start);
    String after = question.substring(end);
    Matcher helper = ASKING_HELPER.matcher(before);
    Matcher telling = TELLING.matcher(after);
    if (helper.find()) {
      if (telling.lookingAt()) {
        before = before.substring(0, helper.start());
        after = after.substring(telling.end());
      } else if (ENDS_TELLING.matcher(question.substring(start, end)).find()) {
        before = before.substring(0, helper.start()); // "what figure does [the AP give]": the outlet told it
      }
    }
    return (before + " " + after).replaceAll("\\s+", " ").replaceAll(" (?=[,;?!.])", "")
        .replaceAll("[,;](?=[?!.]|$)", "").strip();
  }

  /** The hits from the article named, or all of them when none is. */
  List<Hit> restrict(List<Hit> hits) {
    return named() ? hits.stream().filter(h -> articles.contains(h.passage().article().id())).toList() : hits;
  }
}
