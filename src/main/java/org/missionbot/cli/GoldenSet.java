package org.missionbot.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.missionbot.answer.Answer;
import org.missionbot.answer.Quote;

/**
 * Golden questions in the JSON-lines format of the eval set, and how an answer is scored against one:
 * an abstain question passes when it is not answered; any other when it is answered and each group of
 * expected strings has one in the lead or the first three quotes (case and white space folded).
 */
final class GoldenSet {

  /** One golden question. */
  record Golden(String id, String question, List<List<String>> expect, boolean abstain) {}

  /** How one answer scored. */
  record Score(Golden golden, Answer answer, boolean pass, boolean inFirst) {

    /** "PASS" or "MISS", the question, and what the bot made of it: a line of {@code eval --verbose}. */
    String line() {
      return (pass ? "PASS" : "MISS") + " " + golden.id() + " " + golden.question() + " -> " + summary();
    }

    private String summary() {
      if (!answer.answered()) {
        return answer.refusal() == null ? "not answered" : "not answered (" + answer.refusal().label() + ")";
      }
      String quote = answer.quotes().get(0).text();
      return "\"" + answer.lead() + "\" | " + (quote.length() > 100 ? quote.substring(0, 100) + "..." : quote);
    }
  }

  private GoldenSet() {}

  /** The golden questions of every file, in order. */
  static List<Golden> read(List<Path> files) throws IOException {
    List<Golden> golden = new ArrayList<>();
    for (Path f : files) {
      golden.addAll(parse(Files.readAllLines(f, StandardCharsets.UTF_8)));
    }
    return golden;
  }

  static List<Golden> parse(List<String> lines) {
    List<Golden> golden = new ArrayList<>();
    for (String line : lines) {
      if (!line.isBlank()) {
        golden.add(golden(JsonParser.parseString(line).getAsJsonObject()));
      }
    }
    return golden;
  }

  static Score score(Golden golden, Answer answer) {
    if (golden.abstain()) {
      boolean pass = !answer.answered();
      return new Score(golden, answer, pass, pass);
    }
    List<Quote> quotes = answer.quotes();
    String all = norm(answer.lead()) + " || " + String.join(" || ", quotes.stream().limit(3).map(q -> norm(q.text())).toList());
    String first = norm(answer.lead()) + " || " + (quotes.isEmpty() ? "" : norm(quotes.get(0).text()));
    return new Score(golden, answer, answer.answered() && holdsAll(golden, all), answer.answered() && holdsAll(golden, first));
  }

  /** Lower case, typographic quotes made plain, white space folded: how the eval compares text. */
  static String norm(String s) {
    return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
        .replace('\u00a0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  private static boolean holdsAll(Golden golden, String haystack) {
    return golden.expect().stream().allMatch(group -> group.stream().anyMatch(alt -> haystack.contains(norm(alt))));
  }

  private static Golden golden(JsonObject json) {
    List<List<String>> expect = new ArrayList<>();
    if (json.has("expect")) {
      for (JsonElement group : json.getAsJsonArray("expect")) {
        List<String> alternatives = new ArrayList<>();
        for (JsonElement alt : (JsonArray) group) {
          alternatives.add(alt.getAsString());
        }
        expect.add(alternatives);
      }
    }
    boolean abstain = json.has("abstain") && json.get("abstain").getAsBoolean();
    return new Golden(json.get("id").getAsString(), json.get("question").getAsString(), expect, abstain);
  }
}
