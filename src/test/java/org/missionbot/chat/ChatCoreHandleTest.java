package org.missionbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.BundledBot;
import org.missionbot.Checkout;
import org.missionbot.config.Home;
import org.missionbot.search.Language;

/** How the core reads a message, the same for every channel: commands, bare words, empty, questions. */
class ChatCoreHandleTest {

  @RegisterExtension
  static final BundledBot BUNDLED = new BundledBot();

  private final ChatCore core = ChatCore.withDefaults(BUNDLED.bot());

  private Reply handle(String text) {
    return core.handle(Message.of("c", "u", text));
  }

  @Test
  void commandsAndTheirBareWordsAreReadWhateverTheirCase() {
    assertInstanceOf(Reply.Greeting.class, handle("/start"));
    assertInstanceOf(Reply.Greeting.class, handle("  "));
    assertInstanceOf(Reply.Help.class, handle("/HELP"));
    assertInstanceOf(Reply.Help.class, handle("help"));
    assertInstanceOf(Reply.Help.class, handle("?"));
    assertEquals(BUNDLED.bot().sources(), assertInstanceOf(Reply.Sources.class, handle("Sources")).articles());
    assertEquals(Reply.Notice.Kind.ABOUT, assertInstanceOf(Reply.Notice.class, handle("/about")).kind());
    assertInstanceOf(Reply.Greeting.class, handle("/ask"), "/ask without a question: what to ask");
  }

  @Test
  void anUnknownCommandIsNamedNotAnswered() {
    Reply.Notice notice = assertInstanceOf(Reply.Notice.class, handle("/weather in Port-au-Prince"));

    assertEquals(Reply.Notice.Kind.UNKNOWN_COMMAND, notice.kind());
    assertTrue(notice.text().startsWith("There is no command /weather."), notice.text());
  }

  @Test
  void askAndAnyOtherTextAreQuestionsAndOnlyThemMakeTheBotType() {
    AtomicInteger typing = new AtomicInteger();

    Reply asked = core.handle(Message.of("c2", "u2", "/ask How much has Canada pledged?"), typing::incrementAndGet);
    Reply plain = core.handle(Message.of("c3", "u3", "help me understand who pays for the mission"), typing::incrementAndGet);
    Reply slash = core.handle(Message.of("c4", "u4", "/ 2024 pledges?"), typing::incrementAndGet);
    core.handle(Message.of("c5", "u5", "/help"), typing::incrementAndGet);

    assertTrue(assertInstanceOf(Reply.Answered.class, asked).answer().answered());
    assertInstanceOf(Reply.Answered.class, plain, "a sentence starting with a command's word is a question");
    assertInstanceOf(Reply.Answered.class, slash, "a slash before no word is no command");
    assertEquals(3, typing.get(), "typing shown for the three questions, not for /help");
  }

  @Test
  void aMessageWithoutTextIsToldSoInTheConversationsLanguage() {
    core.handle(Message.of("c6", "u6", "Combien le Canada a-t-il promis ?"));

    Reply.Notice notice = assertInstanceOf(Reply.Notice.class, core.handle(Message.of("c6", "u6", null)));

    assertEquals(Reply.Notice.Kind.NOT_TEXT, notice.kind());
    assertEquals(Language.FRENCH, notice.language());
    assertEquals(Texts.get(Language.FRENCH, "not_text"), notice.text());
  }

  @Test
  void aFailureWhileAnsweringIsAnApologyNotAnException(@TempDir Path other) throws IOException {
    Checkout.copyHome(other);
    MissionBot closed = MissionBot.open(new Home(other));
    closed.close();
    ChatCore broken = ChatCore.withDefaults(closed);

    Reply reply = broken.handle(Message.of("c7", "u7", "How much has Canada pledged?"));

    Reply.Notice notice = assertInstanceOf(Reply.Notice.class, reply);
    assertEquals(Reply.Notice.Kind.FAILED, notice.kind());
    assertEquals(ChatCore.FAILED, notice.text());
    assertEquals(Reply.Notice.Kind.FAILED, assertInstanceOf(Reply.Notice.class,
        broken.handle(Message.of("c7", "u7", "/sources"))).kind(), "the source list too");
    assertInstanceOf(Reply.Help.class, broken.handle(Message.of("c7", "u7", "/help")), "help needs no index");
  }
}
