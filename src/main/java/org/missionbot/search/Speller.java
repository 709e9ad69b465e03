package org.missionbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.missionbot.corpus.LoadOnce;
import org.missionbot.corpus.Memo;
import org.missionbot.index.Analysis;
import org.missionbot.index.Fields;

/**
 * The passages' own vocabulary as a question's words are checked against it: which words and pairs
 * of words the passages hold, and what a misspelt word stands for (a word or name of the passages
 * first, then an ordinary word of the dictionary, a name heard alike, two words run together).
 */
final class Speller {

  /** How many letters a name heard alike may differ in length by ("trudo", "trudeau"). */
  private static final int SOUND_SLACK = 3;
  /** Double Metaphone codes of six letters: four, its default, make too many names sound alike. */
  private static final DoubleMetaphone PHONETIC = phonetic();

  private final IndexReader reader;
  /** Counts the passages that hold a pair of words side by side: the passage searcher's own. */
  private final IndexSearcher searcher;
  private final Lexicon lexicon;
  /** Per word: the passages' words one edit from it when it is a real word the passages lack ("minster"), else none. */
  private final Memo<String, List<String>> nearWords = new Memo<>(8192, this::findNearWords);
  /** Per pair of words: whether a passage holds them side by side. */
  private final Memo<String, Boolean> phrases = new Memo<>(8192, this::findPhrase);
  /** Per word: its two words when it is two run together ("primeminister"), else "". */
  private final Memo<String, String> runTogether = new Memo<>(8192, this::findRunTogether);
  /** Per word: the ordinary word it misspells by a letter, when the passages offer none, else "". */
  private final Memo<String, String> dictionaryTypos = new Memo<>(8192, this::findDictionaryTypo);
  /** The passages' names by their sound, read from the index when a name is first misspelt past one edit. */
  private final LoadOnce<Map<String, String>> namesBySound = new LoadOnce<>("the passages' names by sound", this::namesBySound);
  private final DirectSpellChecker oneEdit = spellChecker(1);
  private final DirectSpellChecker twoEdits = spellChecker(2);

  private static DoubleMetaphone phonetic() {
    DoubleMetaphone phonetic = new DoubleMetaphone();
    phonetic.setMaxCodeLen(6);
    return phonetic;
  }

  Speller(IndexSearcher searcher, Lexicon lexicon) {
    this.reader = searcher.getIndexReader();
    this.searcher = searcher;
    this.lexicon = lexicon;
  }

  /** The two words a word typed run together stands for, a space between ("prime minister"), or "". */
  String runTogether(String word) {
    return runTogether.get(word);
  }

  /** The ordinary word a word misspells by a letter ({@link #findDictionaryTypo}), or "". */
  String dictionaryTypo(String word) {
    return dictionaryTypos.get(word);
  }

  /** The passages' words one edit from a dictionary word that no passage holds; none for any other word. */
  List<String> nearWords(String word) {
    return nearWords.get(word);
  }

  /**
   * The one ordinary word a word is a letter off from, when the passages neither hold the word nor offer
   * a correction of their own (their words and names come first, "misson" being "mission"), and it is
   * no name; else "". Read as the word it misspells, a word the articles lack ("monney") no longer
   * counts as a subject they miss, and a question's kind reads it ("how much money").
   */
  private String findDictionaryTypo(String word) {
    if (word.length() < 5 || !word.chars().allMatch(Character::isLetter) || lexicon.isWord(word) || lexicon.isName(word)
        || known(word)) {
      return "";
    }
    String only = lexicon.onlyNearWord(word); // the dictionary first: the passages' spell checker costs more
    return only == null || correct(word) != null || soundsLike(word) != null ? "" : only;
  }

  private boolean isWordOrKnown(String word) {
    return lexicon.isWord(word) || knownAsWord(word);
  }

  private String findRunTogether(String word) {
    if (word.length() < 7 || !word.chars().allMatch(Character::isLetter) || isWordOrKnown(word)) {
      return "";
    }
    for (int at = 3; at <= word.length() - 3; at++) {
      String first = word.substring(0, at);
      String second = word.substring(at);
      if (isWordOrKnown(first) && isWordOrKnown(second) && phrases.get(first + " " + second)) {
        return first + " " + second;
      }
    }
    return "";
  }

  private List<String> findNearWords(String word) {
    if (!lexicon.isWord(word) || known(word)) {
      return List.of();
    }
    try {
      return Arrays.stream(oneEdit.suggestSimilar(new Term(Fields.WORDS, word), 3, reader, SuggestMode.SUGGEST_ALWAYS))
          .map(w -> w.string).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether some passage holds the two words side by side ("melanie joly"), remembered for the next question. */
  boolean sideBySide(String first, String second) {
    return phrases.get(first + " " + second);
  }

  /** Whether some passage holds the two words of "first second" side by side. */
  private boolean findPhrase(String pair) {
    String[] words = pair.split(" ");
    try {
      return searcher.count(new PhraseQuery(Fields.WORDS, words[0], words[1])) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether passages hold the word, its stem or its first letters (which also forgive a late typo). */
  boolean known(String word) {
    return knownAsWord(word) || (word.length() > Analysis.PREFIX_LENGTH && docFreq(Fields.PREFIX, Analysis.prefix(word)) > 0);
  }

  /** Whether passages hold the word or its stem, not only its first letters. */
  boolean knownAsWord(String word) {
    String stem = Analysis.stem(word);
    return docFreq(Fields.WORDS, word) > 0 || docFreq(Fields.TEXT, stem) > 0 || docFreq(Fields.ABOUT, stem) > 0;
  }

  /**
   * The closest word of the passages, or null when the word is too short, a number or too far from
   * any. Two edits from the word, a name of the passages is as far as a name may be from another:
   * it is taken only when it also sounds like the word ("cheriser" for "Cherizier"), else the word is
   * likelier a name the articles lack ("minusma", another mission than MINUSTAH).
   */
  String correct(String word) {
    if (word.length() < 4 || !word.chars().allMatch(Character::isLetter)) {
      return null;
    }
    try {
      // one edit first: most typos are one, and the two-edit automaton costs several times more
      SuggestWord[] suggestions = suggest(oneEdit, word);
      if (suggestions.length != 0) {
        return suggestions[0].string;
      }
      String held = heldNearWord(word); // a dictionary word one edit away, which the passages hold in another form
      if (held != null || word.length() < 7) {
        return held;
      }
      suggestions = suggest(twoEdits, word);
      return suggestions.length == 0 || isNameOnly(suggestions[0].string) && !soundAlike(word, suggestions[0].string)
          ? null : suggestions[0].string;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The one ordinary word one edit from the word that the passages hold in some form, or null: "leder"
   * is one edit from "leader", "ledger" and "lender", but only "leader" is in the articles (as
   * "leaders"), two edits from the word as typed.
   */
  private String heldNearWord(String word) {
    List<String> held = lexicon.allNearWords(word).stream().filter(this::knownAsWord).limit(2).toList();
    return held.size() == 1 ? held.get(0) : null;
  }

  /** Whether either of one word's Double Metaphone codes is one of the other's ("cheriser", "cherizier"). */
  private static boolean soundAlike(String a, String b) {
    List<String> codes = List.of(PHONETIC.doubleMetaphone(b), PHONETIC.doubleMetaphone(b, true));
    return codes.contains(PHONETIC.doubleMetaphone(a)) || codes.contains(PHONETIC.doubleMetaphone(a, true));
  }

  /** Whether a word of the passages is a name and no ordinary word ("minustah", not "bush"). */
  private boolean isNameOnly(String word) {
    return lexicon.isName(word) || !lexicon.isWord(word);
  }

  /**
   * The name of the passages one edit from a name they lack ("dorthy" for "Dorothy"), or null: a name
   * the articles hold is likelier misspelt than meant as someone they never mention.
   */
  String correctName(String word) {
    if (word.length() < 5 || !word.chars().allMatch(Character::isLetter)) {
      return null;
    }
    try {
      SuggestWord[] suggestions = suggest(oneEdit, word);
      if (suggestions.length == 0) {
        return soundsLike(word);
      }
      return lexicon.isWord(suggestions[0].string) && !lexicon.isName(suggestions[0].string) ? null : suggestions[0].string;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The one name of the passages that sounds like a word of five letters or more that no dictionary
   * has, not even as a name (Double Metaphone), begins with its letter and is at most {@link
   * #SOUND_SLACK} letters longer or shorter, or null: names are often written as heard ("trudo" for
   * "Trudeau", "cherizie" for "Chérizier"), more than one edit away.
   */
  String soundsLike(String word) {
    if (word.length() < 5 || !word.chars().allMatch(Character::isLetter) || lexicon.isName(word)) {
      return null; // too short to sound like one name, or a name of its own ("Trudy")
    }
    String name = namesBySound.get().get(PHONETIC.doubleMetaphone(word));
    return name == null || name.isEmpty() || name.charAt(0) != word.charAt(0)
        || Math.abs(name.length() - word.length()) > SOUND_SLACK ? null : name;
  }

  /** The passages' names (words no dictionary has, or only as names) by their sound; "" for a sound several share. */
  private Map<String, String> namesBySound() {
    Map<String, String> bySound = new HashMap<>();
    try {
      Terms terms = MultiTerms.getTerms(reader, Fields.WORDS);
      TermsEnum each = terms == null ? TermsEnum.EMPTY : terms.iterator();
      for (BytesRef term = each.next(); term != null; term = each.next()) {
        String word = term.utf8ToString();
        if (word.length() >= 4 && word.chars().allMatch(Character::isLetter)
            && (lexicon.isName(word) || !lexicon.isWord(word))) {
          bySound.merge(PHONETIC.doubleMetaphone(word), word, (a, b) -> a.equals(b) ? a : "");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(bySound);
  }

  private SuggestWord[] suggest(DirectSpellChecker checker, String word) throws IOException {
    return checker.suggestSimilar(new Term(Fields.WORDS, word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
  }

  /** How many passages hold the term in the field. */
  int docFreq(String field, String term) {
    try {
      return reader.docFreq(new Term(field, term));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DirectSpellChecker spellChecker(int maxEdits) {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMaxEdits(maxEdits);
    checker.setMinPrefix(1);
    checker.setMinQueryLength(4);
    checker.setAccuracy(0.7f);
    return checker;
  }

}
