package org.missionbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.missionbot.BundledBot;
import org.missionbot.answer.Answer;
import org.missionbot.search.Language;
import java.time.Clock;
import java.time.Duration;

class ChatCoreLanguageTest {

  @RegisterExtension
  static final BundledBot BUNDLED = new BundledBot();

  @Test
  void aShortMessageKeepsTheLanguageItsConversationIsIn() {
    ChatCore core = ChatCore.withDefaults(BUNDLED.bot());

    assertEquals("fr", answered(core.ask("c1", "u1", "Combien le Canada a-t-il promis ?")).language());
    assertEquals("fr", answered(core.ask("c1", "u1", "Ruto ?")).language(), "the conversation is in French");
    assertEquals("en", answered(core.ask("c2", "u2", "Ruto ?")).language(), "another conversation is not");
    assertEquals("ht", answered(core.ask("c1", "u1", "Konbyen lajan Kanada pwomèt pou misyon an?")).language(),
        "a clear question in another language switches it");
  }

  @Test
  void theFirstAnswerInAnotherLanguageSaysOnceThatTheArticlesAreInEnglish() {
    ChatCore core = ChatCore.withDefaults(BUNDLED.bot());

    String first = answered(core.ask("c6", "u6", "Combien le Canada a-t-il promis ?")).lead();
    String second = answered(core.ask("c6", "u6", "Quand les policiers kényans sont-ils arrivés ?")).lead();
    String english = answered(core.ask("c7", "u7", "How much has Canada pledged?")).lead();

    assertTrue(first.startsWith("Les articles sont en anglais"), first);
    assertFalse(second.contains("en anglais"), second);
    assertFalse(english.contains("English"), english);
  }

  @Test
  void everyLanguagesExampleQuestionsAreAnsweredInThatLanguage() {
    ChatCore core = ChatCore.withDefaults(BUNDLED.bot());
    for (Language language : Language.values()) {
      for (String example : Texts.examples(language)) {
        Answer answer = answered(core.ask("examples:" + language + ":" + example, "u9", example, null, language.code()));
        assertTrue(answer.answered(), example);
        assertEquals(language.code(), answer.language(), example);
      }
    }
  }

  @Test
  void aFollowUpSaysHowItWasReadInTheConversationsLanguage() {
    ChatCore core = ChatCore.withDefaults(BUNDLED.bot());

    core.ask("c20", "u20", "How much has Canada pledged?");
    Answer english = answered(core.ask("c20", "u20", "and when?"));
    core.ask("c21", "u21", "Combien le Canada a-t-il promis ?");
    Answer french = answered(core.ask("c21", "u21", "et le Kenya ?"));
    Answer plain = answered(core.ask("c22", "u22", "Who is Jimmy Cherizier?"));

    assertTrue(english.lead().startsWith("Reading that as: When has Canada pledged?"), english.lead());
    assertEquals("When has Canada pledged?", english.question());
    assertTrue(french.lead().startsWith("Je comprends : Combien le Kenya a-t-il promis ?"), french.lead());
    assertFalse(plain.lead().contains("Reading that as"), plain.lead());
  }

  @Test
  void outsideAnswersTheConversationsLanguageComesFirstThenTheAppsThenEnglish() {
    ChatCore core = ChatCore.withDefaults(BUNDLED.bot());

    assertEquals(Language.ENGLISH, core.language("c10", null));
    assertEquals(Language.FRENCH, core.language("c10", "fr-CA"));
    assertEquals(Language.ENGLISH, core.language("c10", "de"), "a language the bot does not speak");
    core.ask("c10", "u10", "Kilè premye polisye Kenyan yo te rive ann Ayiti?");
    assertEquals(Language.CREOLE, core.language("c10", "fr-CA"));
  }

  @Test
  void askingTooFastIsRefusedInTheConversationsLanguage() {
    ChatCore core = new ChatCore(BUNDLED.bot(), new FollowUps(Duration.ofMinutes(1), 10, Clock.systemUTC()),
        new RateLimiter(1, Duration.ofMinutes(1), Clock.systemUTC()));

    assertInstanceOf(Reply.Answered.class, core.ask("c11", "u11", "Combien le Canada a-t-il promis ?"));
    Reply.Notice refused = assertInstanceOf(Reply.Notice.class, core.ask("c11", "u11", "Et le Kenya ?"));

    assertEquals(Reply.Notice.Kind.RATE_LIMITED, refused.kind());
    assertEquals(Texts.get(Language.FRENCH, "rate_limited"), refused.text());
    assertTrue(refused.text().startsWith("Vous posez vos questions"), refused.text());
    assertEquals(ChatCore.RATE_LIMITED, assertInstanceOf(Reply.Notice.class, core.ask("c12", "u11", "How much?")).text(),
        "a new conversation: English");
  }

  @Test
  void theAskersAppLanguageReadsAShortFirstMessage() {
    ChatCore core = ChatCore.withDefaults(BUNDLED.bot());

    assertEquals("fr", answered(core.ask("c3", "u3", "Ruto ?", null, "fr")).language());
    assertEquals("ht", answered(core.ask("c4", "u4", "Ruto?", null, "ht-HT")).language());
    assertEquals("en", answered(core.ask("c5", "u5", "How much has Canada pledged?", null, "fr")).language(),
        "a clear English question is English whatever the app is set to");
  }

  private static Answer answered(Reply reply) {
    return assertInstanceOf(Reply.Answered.class, reply).answer();
  }
}
