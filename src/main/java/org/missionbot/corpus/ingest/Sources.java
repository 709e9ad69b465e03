package org.missionbot.corpus.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads a source given as a file path or an http(s) URL into a draft: HTML pages, text and Markdown. */
public final class Sources {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final Pattern HTML_START = Pattern.compile("(?is)^\\s*(<!--.*?-->\\s*)*<(!doctype html|html|head|body)\\b.*");
  private static final int SNIFF = 8192;

  private Sources() {}

  /** Reads the file or page {@code pathOrUrl} names. */
  public static Draft read(String pathOrUrl) throws IngestException {
    String lower = pathOrUrl.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return fetch(pathOrUrl);
    }
    return readFile(Path.of(pathOrUrl));
  }

  static Draft readFile(Path file) throws IngestException {
    if (!Files.isRegularFile(file)) {
      throw new IngestException("no such file: " + file);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IngestException("cannot read " + file + ": " + e.getMessage(), e);
    }
    String name = file.getFileName().toString();
    String text = text(name, bytes);
    boolean html = name.toLowerCase(Locale.ROOT).matches(".*\\.x?html?$") || looksLikeHtml(text);
    return html ? HtmlPage.read(text, null) : TextSource.read(name, text);
  }

  private static Draft fetch(String url) throws IngestException {
    HttpResponse<byte[]> response = get(url);
    if (response.statusCode() / 100 != 2) {
      throw new IngestException("fetching " + url + " failed with HTTP status " + response.statusCode());
    }
    String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    String finalUrl = response.uri().toString();
    byte[] body = response.body();
    if (type.startsWith("text/plain") || type.startsWith("text/markdown")) {
      Draft draft = TextSource.read(url, text(url, body));
      return draft.url() == null ? draft.overriddenBy(null, null, null, finalUrl) : draft;
    }
    if (!type.isEmpty() && !type.contains("html") && !type.contains("xml")) {
      throw new IngestException(url + " is not a web page or text (Content-Type " + type + ")");
    }
    checkText(url, body);
    return HtmlPage.read(new String(body, charsetOf(type)), finalUrl);
  }

  private static HttpResponse<byte[]> get(String url) throws IngestException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    try (client) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
          .header("User-Agent", "mission-bot (adds a news article)").GET().build();
      return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IllegalArgumentException e) {
      throw new IngestException("not a valid URL: " + url, e);
    } catch (IOException e) {
      throw new IngestException("could not fetch " + url + ": " + reason(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IngestException("interrupted while fetching " + url, e);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof java.net.http.HttpTimeoutException) {
      return "no answer within " + TIMEOUT.toSeconds() + " s";
    }
    if (e instanceof java.net.ConnectException && e.getMessage() == null) {
      return "could not connect (no server there, or an unknown host)";
    }
    String message = e.getMessage() != null ? e.getMessage()
        : e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : null;
    return message != null ? message : e.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
  }

  private static java.nio.charset.Charset charsetOf(String contentType) {
    var m = Pattern.compile("charset=\"?([\\w.:-]+)").matcher(contentType);
    try {
      return m.find() ? java.nio.charset.Charset.forName(m.group(1)) : StandardCharsets.UTF_8;
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /** The bytes as UTF-8 text; a file with NUL bytes or that is not UTF-8 is refused as not text. */
  static String text(String name, byte[] bytes) throws IngestException {
    checkText(name, bytes);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IngestException(name + " is not UTF-8 text (a binary file, or another encoding)", e);
    }
  }

  private static void checkText(String name, byte[] bytes) throws IngestException {
    if (bytes.length == 0) {
      throw new IngestException(name + " is empty");
    }
    for (int i = 0; i < Math.min(bytes.length, SNIFF); i++) {
      if (bytes[i] == 0) {
        throw new IngestException(name + " is a binary file, not text or HTML");
      }
    }
  }

  private static boolean looksLikeHtml(String text) {
    return HTML_START.matcher(text.substring(0, Math.min(text.length(), SNIFF))).matches();
  }
}
