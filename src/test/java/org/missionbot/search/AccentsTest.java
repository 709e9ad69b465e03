package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccentsTest {

  @ParameterizedTest
  @EnumSource(value = Language.class, names = {"FRENCH", "CREOLE"})
  void foldingLetterByLetterIsFoldingTheWholeWord(Language language) throws Exception {
    String resource = "glossary-" + language.code() + ".tsv";
    List<String> words = new ArrayList<>();
    try (var in = new BufferedReader(new InputStreamReader(Glossary.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> words.add(l.split("\t")[0]));
    }
    words.addAll(List.of("Kilè", "OÙ", "e\u0301le\u0300ve", "ǅemal", "Œuvre", "straße", "Ἀθῆναι", "Đà Nẵng", "İstanbul", "naïve😀"));
    for (char c = 0; c < 0x400; c++) {
      words.add("a" + c + "b");
    }
    int accented = 0;
    for (String word : words) {
      String lower = word.toLowerCase(java.util.Locale.ROOT);
      String whole = java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
      assertEquals(whole, Accents.fold(word), word);
      accented += whole.equals(lower) ? 0 : 1;
    }
    assertTrue(accented > 100, "the words hold accents to fold: " + accented);
  }
}
