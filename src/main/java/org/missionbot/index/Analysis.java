package org.missionbot.index;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.io.InputStream;
import java.io.Reader;
import java.text.Normalizer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.missionbot.corpus.Countries;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
import org.apache.lucene.util.fst.ByteSequenceOutputs;
import org.apache.lucene.util.fst.FST;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The text analysis of passages and questions. Both sides share one chain (acronyms, lower case,
 * folded accents so "Moise" finds "Moïse", possessives, stop words, the English Snowball stemmer);
 * synonyms are added to passages only, so a question's word finds every spelling of it without
 * being expanded itself.
 */
public final class Analysis {

  /** Length of the prefixes of the {@link Fields#PREFIX} field. */
  public static final int PREFIX_LENGTH = 5;

  private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  /** The irregular verb forms and their base form ("became become"). */
  private static final String IRREGULAR = "irregular-forms.txt";
  /** The files of base forms, "form base" pairs a line; they shape the index. */
  static final List<String> BASE_FORMS = List.of(IRREGULAR, "role-nouns.txt", "particle-nouns.txt");
  /** The irregular verb forms by their base form, as listed. */
  private static final Map<String, String> IRREGULAR_BASE_OF = pairs(IRREGULAR);
  /** Forms and the base forms they are indexed as ("gave" is "give"), which the stemmer cannot know. */
  private static final Map<String, String> BASE_FORM_OF = baseForms();

  private final SynonymMap synonyms;
  /** Whether the synonyms were read back from an index folder ({@link #saved}) rather than analysed from the rules. */
  private final boolean readBack;

  private Analysis(SynonymMap synonyms, boolean readBack) {
    this.synonyms = synonyms;
    this.readBack = readBack;
  }

  boolean isReadBack() {
    return readBack;
  }

  /**
   * Reads synonym groups in Solr format (one group a line, "a, b, c" are the same thing), with the
   * country table's groups after them (a country, its other names and its nationality adjective).
   */
  public static Analysis withSynonyms(String rules) {
    try (Analyzer entries = chain(false, null)) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, entries);
      parser.parse(new StringReader(withoutStopWords(rules + "\n" + Countries.get().synonymRules())));
      return new Analysis(parser.build(), false);
    } catch (ParseException e) {
      throw new IllegalArgumentException("bad synonyms rule near line " + e.getErrorOffset() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException("reading from a string cannot fail", e);
    }
  }

  /** The file of an index folder that holds the synonyms its passages were analysed with. */
  static final String SYNONYMS_FILE = "synonyms.map";
  private static final String SYNONYMS_CODEC = "MissionBotSynonyms";
  private static final int SYNONYMS_VERSION = 1;

  /**
   * Writes the synonyms into the index folder, beside the index built with them: a later start reads
   * them back instead of analysing every rule again (a fifth of a second of the first answer). The
   * index's fingerprint covers the rules and the code that reads them, so the file is as current as
   * the index it sits in; Lucene leaves a file of another name than its own in the folder alone.
   */
  void save(Directory folder) throws IOException {
    try (IndexOutput out = folder.createOutput(SYNONYMS_FILE, IOContext.DEFAULT)) {
      CodecUtil.writeHeader(out, SYNONYMS_CODEC, SYNONYMS_VERSION);
      out.writeVInt(synonyms.maxHorizontalContext);
      out.writeVInt(synonyms.words.size());
      BytesRef word = new BytesRef();
      for (int i = 0; i < synonyms.words.size(); i++) {
        synonyms.words.get(i, word);
        out.writeVInt(word.length);
        out.writeBytes(word.bytes, word.offset, word.length);
      }
      out.writeByte((byte) (synonyms.fst == null ? 0 : 1));
      if (synonyms.fst != null) {
        synonyms.fst.save(out, out);
      }
      CodecUtil.writeFooter(out);
    }
    folder.sync(List.of(SYNONYMS_FILE)); // Lucene's commit syncs its own files only
  }

  /** The synonyms {@link #save} wrote into an index folder; null when it holds none, or a damaged or older file. */
  static Analysis saved(Directory folder) {
    try (IndexInput in = folder.openInput(SYNONYMS_FILE, IOContext.READONCE)) {
      CodecUtil.checksumEntireFile(in); // before any length in it is believed
      in.seek(0);
      CodecUtil.checkHeader(in, SYNONYMS_CODEC, SYNONYMS_VERSION, SYNONYMS_VERSION);
      int context = in.readVInt();
      int count = in.readVInt();
      BytesRefHash words = new BytesRefHash();
      for (int i = 0; i < count; i++) {
        byte[] word = new byte[in.readVInt()];
        in.readBytes(word, 0, word.length);
        if (words.add(new BytesRef(word)) != i) {
          return null; // a word twice: not a map this code wrote
        }
      }
      FST<BytesRef> fst = in.readByte() == 0 ? null : new FST<>(FST.readMetadata(in, ByteSequenceOutputs.getSingleton()), in);
      return new Analysis(new SynonymMap(fst, words, context), true);
    } catch (IOException | RuntimeException e) {
      return null; // analysed afresh from the rules
    }
  }

  /**
   * Drops stop words from the rules' phrases: passages lose theirs before synonyms are matched, so
   * "secretary of state" must be sought as "secretary state".
   */
  static String withoutStopWords(String rules) {
    StringBuilder out = new StringBuilder();
    for (String line : rules.split("\n", -1)) {
      if (!line.strip().startsWith("#")) {
        line = java.util.Arrays.stream(line.split("(?<=\\s)|(?=\\s)|(?<=,)|(?=,)"))
            .filter(w -> !STOP_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT)))
            .collect(java.util.stream.Collectors.joining()).replaceAll(" {2,}", " ");
      }
      out.append(line).append('\n');
    }
    return out.toString();
  }

  /** The analyzer of passages' {@link Fields#TEXT}, {@link Fields#CONTEXT} and {@link Fields#ABOUT}, with synonyms. */
  public Analyzer passageAnalyzer() {
    return chain(true, synonyms);
  }

  /** The passage analysis without synonyms: what a bare search of the {@link Fields#TEXT} field would use. */
  public static Analyzer queryAnalyzer() {
    return chain(true, null);
  }

  /** The analyzer of the {@link Fields#PREFIX} field. */
  public static Analyzer prefixAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new StopFilter(folded(source), STOP_WORDS);
        return new TokenStreamComponents(source, TruncateTokenFilter.truncateAfterChars(stream, PREFIX_LENGTH));
      }

      @Override
      protected Reader initReader(String field, Reader reader) {
        return composed(reader);
      }
    };
  }

  /** The analyzer of the {@link Fields#WORDS} field and of question words: tokens as written, folded. */
  public static Analyzer wordAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, folded(source));
      }

      @Override
      protected Reader initReader(String field, Reader reader) {
        return composed(reader);
      }
    };
  }

  /** Lower case without accents, as the index spells words ("Moïse" is "moise"). */
  public static String fold(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(java.util.Locale.ROOT);
  }

  /** The stem of one folded, lower-case word, as the {@link Fields#TEXT} field indexes it. */
  public static String stem(String word) {
    String base = BASE_FORM_OF.get(word);
    if (base != null) {
      word = base;
    }
    EnglishStemmer stemmer = new EnglishStemmer();
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  /** The prefix of one folded, lower-case word, as the {@link Fields#PREFIX} field indexes it. */
  public static String prefix(String word) {
    return word.length() <= PREFIX_LENGTH ? word : word.substring(0, PREFIX_LENGTH);
  }

  /** Whether a folded, lower-case word is an English stop word. */
  public static boolean isStopWord(String word) {
    return STOP_WORDS.contains(word);
  }

  /** Runs an analyzer over a text and returns its terms. */
  public static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new IllegalStateException("analysing a string cannot fail", e);
    }
    return terms;
  }

  /**
   * The base forms the stemmer cannot find: irregular verb forms ("gave" -> "give"), nouns of an
   * agent's role ("leadership" -> "lead") and nouns spelt as a phrasal verb ("breakdown" -> "break"),
   * both from WordNet.
   */
  private static Map<String, String> baseForms() {
    Map<String, String> forms = new HashMap<>();
    for (String resource : BASE_FORMS) {
      forms.putAll(resource.equals(IRREGULAR) ? IRREGULAR_BASE_OF : pairs(resource));
    }
    return Map.copyOf(forms);
  }

  /** Whether the lower-case word is an irregular form of a verb, not its base ("became", "led", "took"). */
  public static boolean isIrregularForm(String word) {
    String base = IRREGULAR_BASE_OF.get(word);
    return base != null && !base.equals(word);
  }

  /** The "form base" pairs of a resource beside this class. */
  private static Map<String, String> pairs(String resource) {
    Map<String, String> forms = new HashMap<>();
    try (InputStream in = Analysis.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] pair = line.strip().split("\\s+");
        if (pair.length == 2 && !line.startsWith("#")) {
          forms.put(pair[0], pair[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(forms);
  }

  /**
   * The percent sign read as the word ("80%" is "80 percent"): the tokenizer drops the sign, so a
   * question asking "what percent" would find no passage that writes a share with it.
   */
  private static final NormalizeCharMap PERCENT_SIGN = percentSign();

  private static NormalizeCharMap percentSign() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add("%", " percent");
    return map.build();
  }

  /**
   * Composes decomposed accents ("Moi" + U+0308 + "se") so that folding finds them, and reads the
   * percent sign as its word, keeping offsets true to the text; text is short.
   */
  static Reader composed(Reader reader) {
    return new MappingCharFilter(PERCENT_SIGN, normalized(reader));
  }

  private static Reader normalized(Reader reader) {
    try {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[1024];
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
      }
      return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? new StringReader(text.toString())
          : new StringReader(Normalizer.normalize(text, Normalizer.Form.NFC));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A comma between digits that groups thousands: "2,500" and "2500" are one number. */
  private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?:\\D|$))");

  private static TokenStream folded(Tokenizer source) {
    return new PatternReplaceFilter(new ASCIIFoldingFilter(new LowerCaseFilter(new AcronymFilter(source))), THOUSANDS, "", true);
  }

  private static Analyzer chain(boolean stopWords, SynonymMap synonyms) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(folded(source));
        if (stopWords) {
          stream = new StopFilter(stream, STOP_WORDS);
        }
        stream = new SnowballFilter(new BaseFormFilter(stream, BASE_FORM_OF), new EnglishStemmer());
        if (synonyms != null && synonyms.fst != null) {
          stream = new FlattenGraphFilter(new SynonymGraphFilter(stream, synonyms, true));
        }
        return new TokenStreamComponents(source, stream);
      }

      @Override
      protected Reader initReader(String field, Reader reader) {
        return composed(reader);
      }
    };
  }
}
