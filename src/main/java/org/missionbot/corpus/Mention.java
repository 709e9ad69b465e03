package org.missionbot.corpus;

import java.util.EnumSet;
import java.util.Set;

/**
 * A typed span of a passage's text: an amount of money, a share, a count, a date, a person, a
 * country, a place, a setting told in common words ("in his own bedroom", "from the United States"),
 * the name of a body or a thing ("UN Security Council", "CARICOM"), a reason or reported speech.
 *
 * @param kind what the span is
 * @param start offset of its first character in the passage text, inclusive
 * @param end offset after its last character, exclusive
 */
public record Mention(Kind kind, int start, int end) {

  /**
   * A share told in words without a measure ("much of", "the bulk of", "all" of something, "none of"),
   * as a pattern: it answers ("how much of his assets are frozen?" by "freeze all economic resources"),
   * but is no figure. Not "all" of a phrase that is no share ("at all", "above all", "all but", "all-out").
   */
  public static final String VAGUE_SHARE = "(?:(?:much|most|none|the bulk|large (?:parts|swaths)) of"
      + "|(?<!\\b(?:at|after|above|for) )all(?![-\u2011]| (?:but|over|along|too|right)\\b))";
  /** A count told in words without a number ("a number of", "a handful of"), as a pattern: it answers, but is no figure. */
  public static final String VAGUE_COUNT = "a\\s+[\"\u201c]?(?:number|handful)\\s+of";

  /** What a mention is; a question asks for one of these. */
  public enum Kind {
    MONEY, SHARE, COUNT, DATE, DURATION, PERSON, COUNTRY, PLACE, SETTING, NAME, REASON, SPEECH;

    /**
     * Whether the kind is a thing named in the text (a figure, a date, a name), which a passage that
     * answers holds for certain; a reason or reported speech is only a cue ("because", a quotation
     * mark) that an answer may do without.
     */
    public boolean isEntity() {
      return this != REASON && this != SPEECH;
    }

    /**
     * The kinds of mention that may answer a question asking for this kind: "who delivered the
     * vehicles?" is answered by a country or a body ("Canada", "UN peacekeepers") as well as a person;
     * "where?" by a setting ("in his own bedroom", "said on X") as well as a named place.
     */
    public Set<Kind> answeredBy() {
      return switch (this) {
        case PERSON -> EnumSet.of(PERSON, COUNTRY, NAME);
        case PLACE -> EnumSet.of(PLACE, SETTING);
        default -> EnumSet.of(this);
      };
    }
  }

  public Mention {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ")");
    }
  }

  /** The mention's text within the passage text it was found in. */
  public String in(String text) {
    return text.substring(start, end);
  }
}
