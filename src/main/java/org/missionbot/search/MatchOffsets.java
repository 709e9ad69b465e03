package org.missionbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.missionbot.corpus.Memo;
import org.missionbot.index.Analysis;
import org.missionbot.index.Fields;

/**
 * Where in a hit's passage text the words that match the question start, read from the tokens the
 * passage analyzer makes of it: synonyms included, so each word of a phrase a question word stands for
 * ("prime" and "minister" for "pm") is a match.
 */
final class MatchOffsets {

  private final Analyzer passageAnalyzer;
  /** Analysed tokens of recently quoted passages. */
  private final Memo<String, List<AnalyzedToken>> tokens = new Memo<>(4096, this::analyze);

  /** The offsets as the passage analyzer reads a passage's text. */
  MatchOffsets(Analyzer passageAnalyzer) {
    this.passageAnalyzer = passageAnalyzer;
  }

  /** Offsets in the hit's passage text of the words that match these of the question's words, in order. */
  List<Integer> in(Hit hit, Collection<Concept> words) {
    List<AnalyzedToken> text = tokens.get(hit.passage().text());
    Set<String> stems = new HashSet<>();
    Set<String> prefixes = new HashSet<>();
    for (Concept c : words) {
      stems.add(c.stem());
      if (c.word().length() > Analysis.PREFIX_LENGTH && text.stream().noneMatch(t -> t.term().equals(c.stem()))) {
        prefixes.add(c.prefix()); // matched by its first letters ("chairs" in "chairman"): there is the match too
      }
    }
    // the tokens come in the order they start, so the offsets do too: the words of a phrase follow its first
    List<Integer> offsets = new ArrayList<>();
    int last = -1;
    for (int i = 0; i < text.size(); i++) {
      AnalyzedToken token = text.get(i);
      if (stems.contains(token.term()) || prefixes.stream().anyMatch(token.term()::startsWith)) {
        for (int j = i; j < text.size() && text.get(j).start() < token.end(); j++) {
          if (text.get(j).start() > last) {
            last = text.get(j).start();
            offsets.add(last);
          }
        }
      }
    }
    return offsets;
  }

  /** The passage analyzer's terms of a text (synonyms included) with where each starts and ends. */
  private List<AnalyzedToken> analyze(String text) {
    List<AnalyzedToken> out = new ArrayList<>();
    try (TokenStream stream = passageAnalyzer.tokenStream(Fields.TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(new AnalyzedToken(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  private record AnalyzedToken(String term, int start, int end) {}
}
