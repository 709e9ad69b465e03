package org.missionbot.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.missionbot.corpus.Countries;
import org.missionbot.corpus.CountriesFile;
import org.missionbot.corpus.CountryNames;
import org.missionbot.corpus.Initials;
import org.missionbot.corpus.MentionFinder;
import org.missionbot.corpus.Passages;
import org.missionbot.corpus.SentenceSplitter;

/**
 * The version of the index format: a digest of every class and resource that shapes what an index
 * holds, so that an index built by other code is rebuilt without anyone bumping a number.
 */
final class IndexVersion {

  /** What decides how passages are cut, analysed, typed and stored. */
  private static final List<Class<?>> SHAPERS = List.of(Passages.class, SentenceSplitter.class, MentionFinder.class, Countries.class,
      CountriesFile.class, CountryNames.class, Initials.class, Analysis.class, AcronymFilter.class, BaseFormFilter.class,
      PassageDocuments.class, Fields.class, QuantizedVectorsCodec.class, Scope.class, VectorCache.class, PassageIndex.class);
  private static final List<String> RESOURCES = Stream.concat(Analysis.BASE_FORMS.stream(), Stream.of("scope.txt")).toList();
  /** The country table decides which names are COUNTRY mentions, the setting nouns which words are SETTING ones. */
  private static final List<String> CORPUS_RESOURCES = List.of("countries.tsv", "setting-nouns.txt");
  private static final String DIGEST = compute();

  private IndexVersion() {}

  static String digest() {
    return DIGEST;
  }

  private static String compute() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Class<?> type : SHAPERS) {
        digest.update(bytes(type, type.getSimpleName() + ".class"));
      }
      for (String resource : RESOURCES) {
        digest.update(bytes(IndexVersion.class, resource));
      }
      for (String resource : CORPUS_RESOURCES) {
        digest.update(bytes(Countries.class, resource));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static byte[] bytes(Class<?> near, String name) {
    try (InputStream in = near.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing " + name + " beside " + near.getName());
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
