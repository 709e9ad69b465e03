package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {

  /** The commands that answer soon start loading the model before the command line is parsed; others do not. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''| true",
      "ask --json 'how much' | true",
      "--home /tmp/h ask q | true",
      "--home ask | true",
      "serve | true",
      "--home /tmp/h | true",
      "sources | false",
      "--home /tmp/ask sources | false",
      "add article.md | false",
      "eval questions.jsonl | false",
      "ask --help | false",
      "--version | false",
      "-h | false",
      "stats | false"})
  void whichCommandLinesLoadTheModelFirst(String line, boolean loads) {
    String[] args = line.isBlank() ? new String[0] : line.replace("'", "").split(" ");
    assertEquals(loads, Main.answersAtOnce(args), line);
  }
}
