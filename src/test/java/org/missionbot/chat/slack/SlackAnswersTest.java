package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlackAnswersTest {

  @Test
  void mentionsAreRemovedFromTheQuestion() {
    assertEquals("How much has Canada pledged?", SlackAnswers.question("<@U0BOT> How much has  Canada pledged?"));
    assertEquals("Who is it?", SlackAnswers.question("<@U0BOT|mission-bot> Who is it?"));
  }

  @Test
  void slacksEscapesAreUndone() {
    assertEquals("Is R&D < 5%?", SlackAnswers.question("Is R&amp;D &lt; 5%?"));
  }

  @Test
  void aMentionAloneIsNoQuestion() {
    assertEquals("", SlackAnswers.question("<@U0BOT>"));
    assertEquals("", SlackAnswers.question(null));
  }
}
