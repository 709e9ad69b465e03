package org.missionbot.index;

import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.missionbot.corpus.Initials;
import org.missionbot.corpus.Mention;
import org.missionbot.corpus.MentionFinder;
import org.missionbot.corpus.Passage;

/** Turns a passage into its Lucene document; the passage itself stays the source of truth. */
final class PassageDocuments {

  /** Indexed text without positions: questions are bags of words, and coverage reads the postings. */
  private static final FieldType WORDS_ONLY = wordsOnly();

  private static final java.time.format.DateTimeFormatter MONTH_YEAR =
      java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.ENGLISH);

  private static final java.util.regex.Pattern UNDER_WHY = java.util.regex.Pattern.compile("(?i)^\\W*why\\b");
  private static final java.util.regex.Pattern WHY_LABEL = java.util.regex.Pattern.compile("(?i)^\\W*why\\b[^:.]{0,40}:");

  private PassageDocuments() {}

  static Document of(int number, Passage passage, float[] vector, float topicality, float scope) {
    String text = passage.text();
    Document doc = new Document();
    doc.add(new FloatDocValuesField(Fields.TOPICALITY, topicality));
    doc.add(new FloatDocValuesField(Fields.SCOPE, scope));
    doc.add(new KnnFloatVectorField(Fields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    doc.add(new StoredField(Fields.PASSAGE, number));
    doc.add(new NumericDocValuesField(Fields.PASSAGE, number));
    String initials = String.join(" ", Initials.inText(text)); // "HNP" for the Haitian National Police it names
    doc.add(new Field(Fields.TEXT, text + "\n" + initials, WORDS_ONLY));
    doc.add(new Field(Fields.PREFIX, text, WORDS_ONLY));
    doc.add(new Field(Fields.CONTEXT, passage.previous(), WORDS_ONLY));
    doc.add(new Field(Fields.ABOUT, about(passage), WORDS_ONLY));
    doc.add(new TextField(Fields.WORDS, text + " " + passage.article().title() + " " + initials, Field.Store.NO));
    Set<Mention.Kind> kinds = kinds(text);
    if (UNDER_WHY.matcher(passage.heading()).find() || WHY_LABEL.matcher(text).find()) {
      kinds.add(Mention.Kind.REASON); // news copy explains under a "Why ..." subhead or after "Why it matters:"
    }
    for (Mention.Kind kind : kinds) {
      doc.add(new StringField(Fields.MENTIONS, kind.name(), Field.Store.NO));
    }
    return doc;
  }

  /**
   * The heading, the headline, the outlet (and its initials: "the AP report") and the date in words
   * ("June 2024"), which questions name too.
   */
  private static String about(Passage passage) {
    var article = passage.article();
    String date = article.published() == null ? "" : article.published().format(MONTH_YEAR);
    return String.join("\n", passage.heading(), article.title(),
        article.outlet() == null ? "" : article.outlet(), Initials.ofOutlet(article), date);
  }

  /**
   * The kinds of the sentence's mentions. COUNTRY only when it names two countries or more: nearly
   * every sentence names Haiti, and "which country" is asked of sentences that relate countries.
   */
  private static Set<Mention.Kind> kinds(String text) {
    Set<Mention.Kind> kinds = EnumSet.noneOf(Mention.Kind.class);
    Set<String> countries = new java.util.HashSet<>();
    for (Mention m : MentionFinder.find(text)) {
      if (m.kind() == Mention.Kind.COUNTRY) {
        countries.add(m.in(text));
      } else {
        kinds.add(m.kind());
      }
    }
    if (countries.size() >= 2) {
      kinds.add(Mention.Kind.COUNTRY);
    }
    return kinds;
  }

  private static FieldType wordsOnly() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }
}
