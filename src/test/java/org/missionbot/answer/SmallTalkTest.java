package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmallTalkTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "hi | GREETING", "Hello there! | GREETING", "good morning bot | GREETING", "hey, how's it going? | GREETING",
      "hey bot how's your day going | GREETING", "how have you been? | GREETING",
      "Salut! Ça va bien? | GREETING", "Bonjour, comment allez-vous ? | GREETING", "Kòman w ye? | GREETING",
      "Bonjou, ki jan ou ye jodi a? | GREETING", "Sak pase bòs? Kouman ou ye jodi a? | GREETING",
      "Salut mon ami, comment tu vas aujourd'hui ? | GREETING",
      "thanks | THANKS", "Thank you so much! | THANKS", "ok thanks | THANKS", "thx | THANKS",
      "you're the best, thank you! | THANKS", "good bot | THANKS", "well done, very helpful | THANKS",
      "Merci, c'est super ! | THANKS", "Mèsi anpil, ou bon! | THANKS",
      "bye! | FAREWELL", "ok thanks, bye | FAREWELL", "see you later | FAREWELL", "Au revoir et merci | FAREWELL",
      "Orevwa | FAREWELL",
      "what can you do? | ABOUT", "are you a bot | ABOUT", "help | ABOUT", "/start | ABOUT",
      "who made you? | ABOUT", "Who built this bot? | ABOUT", "where do your answers come from | ABOUT",
      "Qui t'a créé ? | ABOUT", "Kiyès ki fè ou? | ABOUT",
      "what's going on in Haiti? | OVERVIEW", "news? | OVERVIEW", "any updates | OVERVIEW",
      "Hi! What's new? | OVERVIEW", "tell me everything | OVERVIEW", "WHAT IS HAPPENING | OVERVIEW",
      "give me the tl;dr | OVERVIEW", "recap pls | OVERVIEW", "what's the deal with haiti? | OVERVIEW"})
  void smallTalkIsToldByItsPhrases(String message, SmallTalk.Kind kind) {
    assertEquals(kind, SmallTalk.shared().read(message));
  }

  @ParameterizedTest
  @ValueSource(strings = {"How much has Canada pledged?", "hi, how much has Canada pledged?",
      "thanks, and when did they arrive?", "what's going on with the Kenyan police?", "news about cholera",
      "Haiti", "", "   ", "who are the gangs", "summary of canada's pledge", "what's the deal with the armoured vehicles",
      "who made the request for troops?", "who built the coordination centre?",
      "good job by the kenyan police?", "bye bye to the old mission?", "when will the officers say goodbye to haiti"})
  void aQuestionAboutTheArticlesIsNotSmallTalk(String message) {
    assertNull(SmallTalk.shared().read(message), message);
  }
}
