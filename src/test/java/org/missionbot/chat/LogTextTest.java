package org.missionbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LogTextTest {

  @Test
  void plainTextIsKeptAsItIs() {
    String text = "Combien le Canada a-t-il promis ? 🇭🇹 Kòb";
    assertSame(text, LogText.escape(text));
  }

  @Test
  void everyControlFormatAndSeparatorCharacterIsEscaped() {
    assertEquals("a\\u001b[0mb\\u0000c\\u000ad\\u000de\\u0009f\\u007fg\\u009bh\\u2028i\\u2029j\\u202ek\\u2066l\\u200fm",
        LogText.escape("a\u001b[0mb\u0000c\nd\re\tf\u007fg\u009bh\u2028i\u2029j\u202ek\u2066l\u200fm"));
    assertEquals("null", LogText.escape(null));
  }
}
