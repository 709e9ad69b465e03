package org.missionbot.corpus.ingest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Reads a source given as a file path or an http(s) URL into a draft: HTML pages, text and Markdown.
 * Pages are fetched within a {@link FetchPolicy}: the addresses it may reach, its bytes and its time.
 */
public final class Sources {

  private static final Pattern HTML_START = Pattern.compile("(?is)^\\s*(<!--.*?-->\\s*)*<(!doctype html|html|head|body)\\b.*");
  private static final int SNIFF = 8192;

  private Sources() {}

  /**
   * Reads the file or page {@code pathOrUrl} names, with the operator's rights: any file, any address
   * (the command line's {@code add}); pages and files within the same size limit.
   */
  public static Draft read(String pathOrUrl) throws IngestException {
    String lower = pathOrUrl.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return fetch(pathOrUrl, FetchPolicy.forOperator());
    }
    return readFile(Path.of(pathOrUrl));
  }

  /**
   * Fetches the http(s) page at {@code url} within the policy: only addresses it allows (checked again
   * at each redirect, which are followed here, at most the policy's number), at most its bytes, all
   * within its deadline. Anything that is not an http or https address is refused.
   */
  public static Draft fetch(String url, FetchPolicy policy) throws IngestException {
    URI uri = uri(url);
    Fetched response = get(uri, policy);
    if (response.status() / 100 != 2) {
      throw new IngestException("fetching " + url + " failed with HTTP status " + response.status());
    }
    String type = response.contentType();
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

  static Draft readFile(Path file) throws IngestException {
    if (!Files.isRegularFile(file)) {
      throw new IngestException("no such file: " + file);
    }
    byte[] bytes;
    try {
      if (Files.size(file) > FetchPolicy.MAX_BYTES) {
        throw new IngestException(file + " is larger than " + megabytes(FetchPolicy.MAX_BYTES) + ": not a news article");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IngestException("cannot read " + file + ": " + e.getMessage(), e);
    }
    String name = file.getFileName().toString();
    String text = text(name, bytes);
    boolean html = name.toLowerCase(Locale.ROOT).matches(".*\\.x?html?$") || looksLikeHtml(text);
    return html ? HtmlPage.read(text, null) : TextSource.read(name, text);
  }

  /**
   * A page as fetched: the address it came from, its status, type and body, and where a redirect
   * points (null for anything but a redirect that names a place).
   */
  private record Fetched(URI uri, int status, String contentType, byte[] body, String location) {}

  private static URI uri(String url) throws IngestException {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new IngestException("only web addresses (http or https) can be fetched, not " + url);
      }
      if (uri.getHost() == null || uri.getHost().isEmpty()) {
        throw new IngestException("not a valid URL (no host): " + url);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IngestException("not a valid URL: " + url, e);
    }
  }

  /** GETs the page, following redirects one hop at a time, each hop's host checked against the policy. */
  private static Fetched get(URI first, FetchPolicy policy) throws IngestException {
    long deadline = System.nanoTime() + policy.deadline().toNanos();
    HttpClient client = HttpClient.newBuilder().connectTimeout(policy.deadline())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    URI uri = first;
    try {
      for (int hop = 0; ; hop++) {
        checkAddress(uri, policy);
        Fetched fetched = send(client, uri, policy, deadline);
        if (fetched.location() == null) {
          return fetched;
        }
        if (hop == policy.maxRedirects()) {
          throw new IngestException("fetching " + first + " was redirected more than " + policy.maxRedirects() + " times");
        }
        uri = uri(uri.resolve(fetched.location()).toString());
      }
    } finally {
      client.shutdownNow(); // a page still trickling in must not hold a thread once refused
    }
  }

  /** Refuses a host whose addresses the policy does not let a fetch reach. */
  private static void checkAddress(URI uri, FetchPolicy policy) throws IngestException {
    String host = uri.getHost().replaceAll("^\\[|\\]$", "");
    int port = uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new IngestException("could not fetch " + uri + ": unknown host " + host, e);
    }
    for (InetAddress address : addresses) {
      if (!policy.mayReach(host, port, address)) {
        throw new IngestException("not fetched: " + host + " is a private or local address ("
            + address.getHostAddress() + "); articles can only come from public web addresses");
      }
    }
  }

  /** One request within what is left of the deadline; a body (never a redirect's) is read up to the policy's bytes. */
  private static Fetched send(HttpClient client, URI uri, FetchPolicy policy, long deadline) throws IngestException {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw new IngestException("could not fetch " + uri + ": " + timedOut(policy));
    }
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofNanos(left))
        .header("User-Agent", "mission-bot (adds a news article)").GET().build();
    CappedBody body = new CappedBody(policy.maxBytes());
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, body);
    try {
      HttpResponse<byte[]> response = future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
      String location = response.statusCode() / 100 == 3 ? response.headers().firstValue("Location").orElse(null) : null;
      return new Fetched(response.uri(), response.statusCode(), type, response.body(), location);
    } catch (TimeoutException e) {
      body.cancel();
      future.cancel(true);
      throw new IngestException("could not fetch " + uri + ": " + timedOut(policy), e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof TooLarge) {
        throw new IngestException("not fetched: " + uri + " is larger than " + megabytes(policy.maxBytes())
            + ": not a news article", cause);
      }
      if (cause instanceof IllegalArgumentException) {
        throw new IngestException("not a valid URL: " + uri, cause);
      }
      IOException io = cause instanceof IOException i ? i : new IOException(cause);
      throw new IngestException("could not fetch " + uri + ": " + reason(io), cause);
    } catch (InterruptedException e) {
      body.cancel();
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new IngestException("interrupted while fetching " + uri, e);
    }
  }

  private static String timedOut(FetchPolicy policy) {
    return "no complete answer within " + policy.deadline().toSeconds() + " s";
  }

  private static String megabytes(long bytes) {
    return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
  }

  /** Thrown inside a fetch whose body goes past the limit. */
  private static final class TooLarge extends IOException {
    TooLarge() {
      super("too large");
    }
  }

  /**
   * Reads a body into memory up to a limit: refused at once when its Content-Length says more, and
   * cut off (the connection cancelled) as soon as it goes past. Redirects' bodies are discarded.
   */
  private static final class CappedBody implements HttpResponse.BodyHandler<byte[]> {
    private final long limit;
    private volatile Flow.Subscription subscription;
    private volatile boolean cancelled;

    CappedBody(long limit) {
      this.limit = limit;
    }

    void cancel() {
      cancelled = true;
      Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
      if (info.statusCode() / 100 == 3) {
        return HttpResponse.BodySubscribers.replacing(new byte[0]);
      }
      if (info.headers().firstValueAsLong("Content-Length").orElse(-1) > limit) {
        return failed();
      }
      return new Collecting();
    }

    private HttpResponse.BodySubscriber<byte[]> failed() {
      return new Collecting() {
        @Override
        public void onSubscribe(Flow.Subscription s) {
          s.cancel();
          result.completeExceptionally(new TooLarge());
        }
      };
    }

    private class Collecting implements HttpResponse.BodySubscriber<byte[]> {
      final CompletableFuture<byte[]> result = new CompletableFuture<>();
      private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

      @Override
      public CompletionStage<byte[]> getBody() {
        return result;
      }

      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (cancelled) {
          s.cancel();
        } else {
          s.request(1);
        }
      }

      @Override
      public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
          if (bytes.size() + (long) buffer.remaining() > limit) {
            subscription.cancel();
            result.completeExceptionally(new TooLarge());
            return;
          }
          byte[] chunk = new byte[buffer.remaining()];
          buffer.get(chunk);
          bytes.writeBytes(chunk);
        }
        subscription.request(1);
      }

      @Override
      public void onError(Throwable error) {
        result.completeExceptionally(error);
      }

      @Override
      public void onComplete() {
        result.complete(bytes.toByteArray());
      }
    }
  }

  private static String reason(IOException e) {
    if (e instanceof java.net.http.HttpTimeoutException) {
      return "no answer in time";
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
