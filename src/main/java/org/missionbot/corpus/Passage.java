package org.missionbot.corpus;

/**
 * A sentence of an article, the unit that is retrieved and quoted.
 *
 * @param article the article it comes from
 * @param ordinal its position among the article's passages, from 0
 * @param start offset of its first character in {@code article.body()}, inclusive
 * @param end offset after its last character in {@code article.body()}, exclusive
 * @param heading the title of the section it stands in, or "" before the first heading
 * @param previousStart offset in {@code article.body()} of the sentence before it (what "these groups"
 *     refers to; news paragraphs are often one sentence, so it may end the paragraph before), or
 *     {@code start} when it opens the article or a section
 */
public record Passage(Article article, int ordinal, int start, int end, String heading, int previousStart) {

  private static final java.util.regex.Pattern LIST_MARKER_AT_END =
      java.util.regex.Pattern.compile("\\n\\s*(?:[-*\u2022]|\\d+[.)])\\s*$");
  /** A sentence's first word that points back to the sentence before for whom or what it is about. */
  private static final java.util.regex.Pattern REFERS_BACK =
      java.util.regex.Pattern.compile("(?:It|Its|He|His|She|Her|They|Their|This|These|Those)\\b");

  public Passage {
    if (previousStart < 0 || previousStart > start || start >= end || end > article.body().length()) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") in " + article.id());
    }
  }

  /** The passage's text, verbatim from the article. */
  public String text() {
    return article.body().substring(start, end);
  }

  /** The sentence before this one in its section, or "". */
  public String previous() {
    return LIST_MARKER_AT_END.matcher(article.body().substring(previousStart, start)).replaceFirst("").strip();
  }

  /**
   * Whether the sentence before it stands in the same paragraph: only then are the two quoted as one
   * span, since what lies between paragraphs (a credit line, a picture caption) may have been cleaned
   * out of the article and the two would not stand together in the source.
   */
  public boolean previousInParagraph() {
    return previousStart < start && !article.body().substring(previousStart, start).contains("\n\n");
  }

  /**
   * Whether it opens with a word whose referent is the sentence before in its paragraph ("It explained
   * how massacres ... showed collusion" after "..., reported the International Human Rights Clinic"):
   * quoted alone, it would not say who or what it is about.
   */
  public boolean refersBack() {
    return previousInParagraph() && REFERS_BACK.matcher(article.body()).region(start, end).lookingAt();
  }

  /** The previous sentence and this one, verbatim: one contiguous span of the article. */
  public String withPrevious() {
    return article.body().substring(previousStart, end);
  }
}
