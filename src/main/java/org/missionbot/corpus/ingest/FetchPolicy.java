package org.missionbot.corpus.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a fetch of a page may do: which addresses it may reach, how many bytes it may read, how long
 * it may take in all, and how many redirects it follows. Pages added from chat may only come from
 * public addresses; the operator's own {@code add} command may read anything it can reach.
 *
 * @param allowedPrivate private or local hosts it may reach anyway, as {@code host:port}; "*" for all
 * @param maxBytes the most bytes a page may have
 * @param deadline the time the whole download may take, redirects included
 * @param maxRedirects the most redirects followed
 */
public record FetchPolicy(Set<String> allowedPrivate, long maxBytes, Duration deadline, int maxRedirects) {

  /** The most bytes of a page: news articles are far smaller, with their markup. */
  public static final long MAX_BYTES = 5L * 1024 * 1024;
  public static final Duration DEADLINE = Duration.ofSeconds(20);
  public static final int MAX_REDIRECTS = 5;
  private static final String ANY = "*";

  public FetchPolicy {
    allowedPrivate = Set.copyOf(allowedPrivate);
    if (maxBytes < 1 || deadline.isNegative() || deadline.isZero() || maxRedirects < 0) {
      throw new IllegalArgumentException("limits must be positive: " + maxBytes + " bytes, " + deadline + ", "
          + maxRedirects + " redirects");
    }
  }

  /**
   * The policy for pages added from chat: public addresses only, except the private ones the setting
   * SOURCES_ALLOW_PRIVATE lists ("news.internal:8080, 10.0.0.5:80", or "*" for every address: for
   * tests that add from a local server); null or blank allows none.
   */
  public static FetchPolicy forChat(String allowPrivate) {
    Set<String> allowed = allowPrivate == null ? Set.of() : Arrays.stream(allowPrivate.split(","))
        .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    return new FetchPolicy(allowed, MAX_BYTES, DEADLINE, MAX_REDIRECTS);
  }

  /** The policy of the operator's own command line: any address it can reach, the same limits. */
  public static FetchPolicy forOperator() {
    return new FetchPolicy(Set.of(ANY), MAX_BYTES, DEADLINE, MAX_REDIRECTS);
  }

  /** This policy with other limits (for tests of slow and large pages). */
  public FetchPolicy withLimits(long bytes, Duration time) {
    return new FetchPolicy(allowedPrivate, bytes, time, maxRedirects);
  }

  /** Whether a fetch may connect to this address of {@code host}:{@code port}. */
  boolean mayReach(String host, int port, InetAddress address) {
    return !isInternal(address) || allowedPrivate.contains(ANY)
        || allowedPrivate.contains(host.toLowerCase(Locale.ROOT) + ":" + port);
  }

  /**
   * Whether an address is not on the public internet: loopback, private (RFC 1918, IPv6 unique local),
   * link-local (which holds the cloud metadata address 169.254.169.254), shared carrier-grade NAT
   * (100.64.0.0/10, where some clouds serve metadata), multicast, unspecified or "this network".
   */
  public static boolean isInternal(InetAddress address) {
    if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
        || address.isSiteLocalAddress() || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0 || first == 127 || (first == 100 && second >= 64 && second < 128)
          || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || first >= 240;
    }
    if (address instanceof Inet6Address) {
      boolean uniqueLocal = (b[0] & 0xfe) == 0xfc; // fc00::/7, which holds AWS's fd00:ec2::254
      boolean mapped = isV4Mapped(b);
      return uniqueLocal || (mapped && isInternalV4(Arrays.copyOfRange(b, 12, 16)));
    }
    return false;
  }

  private static boolean isV4Mapped(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
  }

  private static boolean isInternalV4(byte[] v4) {
    try {
      return isInternal(InetAddress.getByAddress(v4));
    } catch (java.net.UnknownHostException e) {
      return true;
    }
  }
}
