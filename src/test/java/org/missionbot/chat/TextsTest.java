package org.missionbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.missionbot.search.Language;

class TextsTest {

  @Test
  void everyLanguageTranslatesEveryTextAndNoneFallsBackToEnglish() throws IOException {
    Properties english = load("texts.properties");
    for (String file : new String[] {"texts_fr.properties", "texts_ht.properties"}) {
      Properties translated = load(file);
      assertEquals(english.stringPropertyNames(), translated.stringPropertyNames(), file);
      for (String key : english.stringPropertyNames()) {
        if (!Set.of("sources").contains(key)) { // "Sources" is the same word in French
          assertNotEquals(english.getProperty(key), translated.getProperty(key), file + " " + key);
        }
      }
    }
  }

  @Test
  void textsAreReadAsUtf8InTheirLanguage() {
    assertTrue(Texts.get(Language.FRENCH, "greeting").startsWith("Bonjour ! Je réponds"));
    assertTrue(Texts.get(Language.CREOLE, "not_text").startsWith("Mwen ka li tèks sèlman"));
    assertEquals(ChatCore.GREETING, Texts.get(null, "greeting"), "no language is English");
  }

  @Test
  void eachLanguageOffersThreeExamplesAndFillsInItsArguments() {
    for (Language language : Language.values()) {
      assertEquals(3, Texts.examples(language).size(), language.name());
      Texts.examples(language).forEach(q -> assertFalse(q.isBlank() || q.contains("|"), q));
    }
    assertTrue(Texts.get(Language.FRENCH, "how_to_command", "`/mission`").startsWith("Tapez `/mission` suivi"));
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
