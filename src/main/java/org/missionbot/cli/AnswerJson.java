package org.missionbot.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.missionbot.answer.Answer;
import org.missionbot.answer.Citation;
import org.missionbot.answer.Quote;
import org.missionbot.answer.Span;

/**
 * The {@code ask --json} contract: one object per answer with {@code question}, {@code answered},
 * {@code answer} and {@code quotes} (each {@code text} and {@code source}). Fields are only ever
 * added: {@code outcome}, {@code language}, {@code refused_by} (which check of the engine found that
 * the articles do not answer, when one did), and each quote's {@code highlights} and source
 * {@code citation}.
 */
final class AnswerJson {

  private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  private AnswerJson() {}

  static String line(Answer answer) {
    return GSON.toJson(object(answer));
  }

  static JsonObject object(Answer answer) {
    JsonObject json = new JsonObject();
    json.addProperty("question", answer.question());
    json.addProperty("answered", answer.answered());
    json.addProperty("answer", answer.lead());
    JsonArray quotes = new JsonArray();
    answer.quotes().forEach(q -> quotes.add(quote(q)));
    json.add("quotes", quotes);
    json.addProperty("outcome", answer.outcome().name().toLowerCase(java.util.Locale.ROOT));
    json.addProperty("language", answer.language());
    if (answer.refusal() != null) {
      json.addProperty("refused_by", answer.refusal().label());
    }
    return json;
  }

  private static JsonObject quote(Quote quote) {
    JsonObject json = new JsonObject();
    json.addProperty("text", quote.text());
    json.add("source", source(quote.citation()));
    JsonArray highlights = new JsonArray();
    for (Span span : quote.highlights()) {
      JsonArray pair = new JsonArray();
      pair.add(span.start());
      pair.add(span.end());
      highlights.add(pair);
    }
    json.add("highlights", highlights);
    return json;
  }

  private static JsonObject source(Citation c) {
    JsonObject json = new JsonObject();
    json.addProperty("id", c.articleId());
    json.addProperty("title", c.title());
    json.addProperty("outlet", c.outlet());
    json.addProperty("published", c.published() == null ? null : c.published().toString());
    json.addProperty("url", c.url());
    json.addProperty("citation", c.label());
    return json;
  }
}
