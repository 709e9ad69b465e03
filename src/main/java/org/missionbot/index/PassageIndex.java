package org.missionbot.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.NIOFSDirectory;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Corpus;
import org.missionbot.corpus.Passage;
import org.missionbot.corpus.Passages;

/**
 * The Lucene index of a corpus's passages, kept in step with the articles. It lives in a folder
 * named after the fingerprint of the articles, the synonyms and the analysis code; the file
 * {@code CURRENT} names the folder in use. A rebuild writes a new folder aside and then swaps
 * {@code CURRENT} atomically, so a half-written index is never read.
 */
public final class PassageIndex implements Closeable {

  private static final String CURRENT = "CURRENT";
  private static final String FINGERPRINT = "fingerprint";

  private final Corpus corpus;
  private final List<Passage> passages;
  private final Analysis analysis;
  private final Embedder embedder;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private PassageIndex(Corpus corpus, List<Passage> passages, Analysis analysis, Embedder embedder,
      DirectoryReader reader) {
    this.corpus = corpus;
    this.passages = passages;
    this.analysis = analysis;
    this.embedder = embedder;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /**
   * Opens the index of the corpus under {@code root}, building it first when it is missing, corrupt
   * or was built from other articles, synonyms or code.
   */
  public static PassageIndex open(Path root, Corpus corpus, String synonyms) throws IOException {
    return open(root, corpus, synonyms, Embedder.shipped());
  }

  /** Like {@link #open(Path, Corpus, String)}, with passage vectors from the given model. */
  public static PassageIndex open(Path root, Corpus corpus, String synonyms, Embedder embedder) throws IOException {
    List<Passage> passages = passagesOf(corpus);
    String fingerprint = fingerprint(corpus, synonyms, embedder);
    DirectoryReader reader = tryOpen(root, fingerprint, true);
    Analysis analysis = reader == null ? null : Analysis.saved(reader.directory());
    if (analysis == null) {
      analysis = Analysis.withSynonyms(synonyms);
    }
    if (reader != null) {
      cleanLeftovers(root);
    } else {
      build(root, fingerprint, passages, new Build(analysis, embedder), false);
      reader = tryOpen(root, fingerprint, false); // just written and committed: no need to read it all again
      if (reader == null) {
        throw new IOException("the index under " + root + " could not be opened after a rebuild");
      }
    }
    return new PassageIndex(corpus, passages, analysis, embedder, reader);
  }

  /**
   * Builds the index of the corpus under {@code root} even when an up-to-date one exists.
   *
   * @return how many passages had to be embedded (the others' vectors were cached)
   */
  public static int rebuild(Path root, Corpus corpus, String synonyms) throws IOException {
    Build build = new Build(Analysis.withSynonyms(synonyms), Embedder.shipped());
    return build(root, fingerprint(corpus, synonyms, build.embedder()), passagesOf(corpus), build, true);
  }

  /** What a build needs besides the passages: how to analyse their words and embed their meaning. */
  private record Build(Analysis analysis, Embedder embedder) {}

  public Corpus corpus() {
    return corpus;
  }

  /** The passages, in the order of their numbers in the index. */
  public List<Passage> passages() {
    return passages;
  }

  public Analysis analysis() {
    return analysis;
  }

  /**
   * The share of the article's passages that name the bot's topic (the mission's place or names), the
   * count the index records for each of them; 0 for an article not indexed. Counted afresh: for
   * reports and tests, not the answer path, which reads the recorded one.
   */
  public double scopeShare(Article article) {
    List<Passage> its = passages.stream().filter(p -> p.article() == article).toList();
    return its.isEmpty() ? 0 : (double) its.stream().filter(Scope::namesTopic).count() / its.size();
  }

  /** What the bot is about, in one paragraph. */
  public String scopeText() {
    return Scope.text();
  }

  /** The model that embedded the passages; questions must be embedded by the same one. */
  public Embedder embedder() {
    return embedder;
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  /**
   * Takes a hold on the index unless it is closed, counted on its Lucene reader (which closes when the
   * last hold is given back): what {@link IndexGenerations} keeps generations by.
   */
  boolean tryIncRef() {
    return reader.tryIncRef();
  }

  /** Gives a hold back; the last one closes the reader. */
  void decRef() throws IOException {
    reader.decRef();
  }

  /** The holds on the index; 0 once it is closed. */
  int refCount() {
    return reader.getRefCount();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  /**
   * What is embedded of a passage: the sentence, after its section heading when it has one ("Why the
   * reluctance to send troops: The Canadian Armed Forces are already stretched thin..."), whose
   * meaning the sentence carries on.
   */
  static String embedded(Passage passage) {
    return passage.heading().isEmpty() ? passage.text() : passage.heading() + ": " + passage.text();
  }

  private static List<Passage> passagesOf(Corpus corpus) {
    List<Passage> all = new ArrayList<>();
    corpus.articles().forEach(article -> all.addAll(Passages.of(article)));
    return List.copyOf(all);
  }

  /** The folder of the index in use under {@code root}, as {@code CURRENT} names it. */
  public static Path currentFolder(Path root) throws IOException {
    return root.resolve(Files.readString(root.resolve(CURRENT), StandardCharsets.UTF_8).strip());
  }

  private static boolean isCurrent(Path root, String fingerprint) throws IOException {
    DirectoryReader reader = tryOpen(root, fingerprint, true);
    if (reader != null) {
      reader.close();
    }
    return reader != null;
  }

  /**
   * Up to this many bytes, an index is read into the heap rather than memory-mapped: mapping sets up
   * the JDK's foreign memory and linker, about a tenth of a second of a process's first answer, for an
   * index a few reads copy whole (the five articles' is 0.3 MB). A larger one is mapped, as Lucene advises.
   */
  static final long IN_HEAP = 32L << 20;

  /** The index folder to read from: copied into the heap when small, else memory-mapped. */
  static Directory readable(Path folder) throws IOException {
    try (NIOFSDirectory files = new NIOFSDirectory(folder)) {
      List<String> names = java.util.Arrays.stream(files.listAll()).filter(n -> !n.equals(IndexWriter.WRITE_LOCK_NAME)).toList();
      long size = 0;
      for (String name : names) {
        size += files.fileLength(name);
      }
      if (size > IN_HEAP) {
        return FSDirectory.open(folder);
      }
      ByteBuffersDirectory heap = new ByteBuffersDirectory();
      for (String name : names) {
        heap.copyFrom(files, name, name, IOContext.READONCE);
      }
      return heap;
    }
  }

  /** The current index when it was built from this fingerprint (and, when {@code verify}, passes its checksums), else null. */
  private static DirectoryReader tryOpen(Path root, String fingerprint, boolean verify) {
    Path current = root.resolve(CURRENT);
    try {
      if (!Files.isRegularFile(current)) {
        return null;
      }
      DirectoryReader reader = DirectoryReader.open(readable(currentFolder(root)));
      try {
        if (fingerprint.equals(reader.getIndexCommit().getUserData().get(FINGERPRINT))) {
          if (verify) {
            checkIntegrity(reader);
          }
          return reader;
        }
      } catch (IOException | RuntimeException e) {
        reader.close();
        throw e;
      }
      reader.close();
      return null;
    } catch (IOException | RuntimeException e) {
      return null; // missing or corrupt: the caller rebuilds it from the articles
    }
  }

  /**
   * Reads every file of the index through its checksum: a damaged byte inside a segment, which opening
   * alone does not notice, throws here rather than in a question later.
   */
  private static void checkIntegrity(DirectoryReader reader) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      leaf.reader().checkIntegrity();
    }
  }

  /**
   * Removes the folders of builds that were cut short (a {@code building-*} folder left by a killed
   * process), unless another process is building right now.
   */
  private static void cleanLeftovers(Path root) {
    try (FileChannel lockFile = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE); var lock = lockFile.tryLock()) {
      if (lock == null) {
        return;
      }
      deleteFolders(root, name -> name.startsWith("building-"));
    } catch (IOException | UncheckedIOException | java.nio.channels.OverlappingFileLockException e) {
      // a leftover is only wasted space; the next build removes it
    }
  }

  /** Builds the index aside and swaps it in; unless forced, not when another process just did. */
  private static int build(Path root, String fingerprint, List<Passage> passages, Build build, boolean force)
      throws IOException {
    // a file lock is held per process, so builders within this one (a running bot reloading while
    // the add command rebuilds) take turns here first
    synchronized (PassageIndex.class) {
      return buildLocked(root, fingerprint, passages, build, force);
    }
  }

  private static int buildLocked(Path root, String fingerprint, List<Passage> passages, Build build,
      boolean force) throws IOException {
    Files.createDirectories(root);
    // one builder at a time, across processes: a second one waits, then builds on its own folder
    try (FileChannel lockFile = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE)) {
      lockFile.lock();
      if (!force && isCurrent(root, fingerprint)) {
        return 0;
      }
      VectorCache cache = VectorCache.open(build.embedder(), root);
      List<float[]> vectors = cache.vectors(passages.stream().map(PassageIndex::embedded).toList());
      List<Float> topicality = Scope.topicality(build.embedder(), cache, passages);
      Path aside = Files.createTempDirectory(root, "building-");
      write(aside, fingerprint, passages, vectors, topicality, Scope.shares(passages), build.analysis());
      String name = "lucene-" + fingerprint.substring(0, 16);
      deleteTree(root.resolve(name));
      Files.move(aside, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      swapCurrent(root, name);
      deleteOthers(root, name);
      return cache.embedded();
    }
  }

  private static void write(Path folder, String fingerprint, List<Passage> passages, List<float[]> vectors,
      List<Float> topicality, List<Float> scope, Analysis analysis) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(fieldAnalyzer(analysis));
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setCodec(new QuantizedVectorsCodec());
    try (FSDirectory dir = FSDirectory.open(folder); IndexWriter writer = new IndexWriter(dir, config)) {
      for (int i = 0; i < passages.size(); i++) {
        writer.addDocument(PassageDocuments.of(i, passages.get(i), vectors.get(i), topicality.get(i), scope.get(i)));
      }
      writer.forceMerge(1);
      analysis.save(dir);
      writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
      writer.commit();
    }
  }

  private static Analyzer fieldAnalyzer(Analysis analysis) {
    Analyzer passage = analysis.passageAnalyzer();
    return new PerFieldAnalyzerWrapper(passage, Map.of(
        Fields.PREFIX, Analysis.prefixAnalyzer(), Fields.WORDS, Analysis.wordAnalyzer()));
  }

  private static void swapCurrent(Path root, String name) throws IOException {
    Path next = root.resolve(CURRENT + ".next");
    Files.writeString(next, name + "\n", StandardCharsets.UTF_8);
    try {
      Files.move(next, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(next, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Removes older index folders; one still open elsewhere stays readable until it is closed (POSIX). */
  private static void deleteOthers(Path root, String keep) throws IOException {
    deleteFolders(root, n -> !n.equals(keep) && (n.startsWith("lucene-") || n.startsWith("building-")));
  }

  /** Removes the folders under {@code root} whose names match. */
  private static void deleteFolders(Path root, java.util.function.Predicate<String> names) throws IOException {
    try (Stream<Path> entries = Files.list(root)) {
      for (Path p : entries.toList()) {
        if (names.test(p.getFileName().toString())) {
          deleteTree(p);
        }
      }
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  static String fingerprint(Corpus corpus, String synonyms, Embedder embedder) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((IndexVersion.digest() + "\n" + embedder.id() + "\n" + Scope.text() + "\n" + corpus.fingerprint()
          + "\n" + synonyms)
          .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
