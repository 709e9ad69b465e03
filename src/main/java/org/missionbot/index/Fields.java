package org.missionbot.index;

/** The names of the fields of a passage's Lucene document. */
public final class Fields {

  /** The passage's number in the corpus's passage list (stored, doc values). */
  public static final String PASSAGE = "passage";
  /** The sentence: stemmed, accents folded, domain synonyms added; term vectors kept. */
  public static final String TEXT = "text";
  /** The sentence's words cut to their first five letters: finds "delivery" for "delivered". */
  public static final String PREFIX = "prefix";
  /** The sentence before it in its paragraph, which its "they" and "this" refer to. */
  public static final String CONTEXT = "context";
  /** What the sentence is about: its section heading and the article's headline. */
  public static final String ABOUT = "about";
  /** The sentence's words as written (lower case, accents folded): the spelling dictionary. */
  public static final String WORDS = "words";
  /** What the sentence mentions: MONEY, SHARE, COUNT, DATE, PERSON, COUNTRY, REASON, SPEECH. */
  public static final String MENTIONS = "mentions";

  /** The sentence's meaning: a unit vector from the embedding model, searched by dot product. */
  public static final String VECTOR = "vector";

  /** How close the passage's article (its headline) is to what the bot is about: a cosine (doc values). */
  public static final String TOPICALITY = "topicality";

  /** The share of the passage's article's sentences that name the bot's topic, 0 to 1 (doc values). */
  public static final String SCOPE = "scope";

  private Fields() {}
}
