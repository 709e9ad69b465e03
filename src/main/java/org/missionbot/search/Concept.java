package org.missionbot.search;

/**
 * A content word of a question, in the forms the index knows it by.
 *
 * @param word the word as the question gives it (lower case, accents folded), or its correction
 * @param stem its stem, as the {@code text} field holds it
 * @param prefix its first letters, as the {@code prefix} field holds it
 * @param weight how much it tells passages apart (BM25 idf; highest for a word no article has)
 * @param known whether any passage holds it
 * @param corrected whether {@code word} is a spelling correction of what was typed
 * @param name whether it is a proper name, or a word no dictionary has
 * @param prefixFindsMore whether more sentences hold its prefix than its stem ("deliv" than "delivery")
 */
public record Concept(String word, String stem, String prefix, double weight, boolean known,
                      boolean corrected, boolean name, boolean prefixFindsMore) {}
