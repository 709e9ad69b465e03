package org.missionbot.answer;

import java.util.List;
import org.missionbot.corpus.Memo;
import org.missionbot.corpus.Mention;
import org.missionbot.corpus.MentionFinder;

/**
 * The mentions found in a passage's text, memoised once for every engine, reader and the decision (a
 * text's mentions depend on nothing else): the same passages answer many questions.
 */
final class Mentions {

  private static final Memo<String, List<Mention>> MEMO = new Memo<>(4096, MentionFinder::find);

  private Mentions() {}

  /** The mentions in a text, in order. */
  static List<Mention> of(String text) {
    return MEMO.get(text);
  }
}
