package org.missionbot.chat.shared;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state replicas share, in Redis (or Valkey) through Lettuce: every key under {@code missionbot:}
 * and every key expiring. Each operation either reaches Redis within half a second or throws
 * {@link Unavailable} at once, and then its caller answers from its in-process state instead: while
 * Redis is unreachable the store says so ({@link #up()}, logged once), tries it again every second
 * in the background, and is used again as soon as it answers. Thread-safe.
 */
public final class SharedStore implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SharedStore.class);
  private static final String PREFIX = "missionbot:";
  static final Duration TIMEOUT = Duration.ofMillis(500);
  private static final Duration RETRY = Duration.ofSeconds(1);

  /** Takes one token from a bucket of {@code burst} tokens refilled over {@code window} µs, on Redis's clock. */
  private static final String TAKE_TOKEN = """
      local t = redis.call('TIME')
      local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
      local burst = tonumber(ARGV[1])
      local window = tonumber(ARGV[2])
      local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
      local tokens = tonumber(b[1]) or burst
      local at = tonumber(b[2]) or now
      tokens = math.min(burst, tokens + (now - at) * burst / window)
      local taken = 0
      if tokens >= 1 then
        tokens = tokens - 1
        taken = 1
      end
      redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
      redis.call('PEXPIRE', KEYS[1], math.ceil(window / 1000))
      return taken""";
  /** Sets the key to ARGV[1] for ARGV[2] ms when it is free or already holds ARGV[1]: a lease taken or renewed. */
  private static final String LEASE = """
      local holder = redis.call('GET', KEYS[1])
      if holder == false or holder == ARGV[1] then
        redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
        return 1
      end
      return 0""";
  /** Deletes the key when it holds ARGV[1]. */
  private static final String DELETE_IF = """
      if redis.call('GET', KEYS[1]) == ARGV[1] then
        return redis.call('DEL', KEYS[1])
      end
      return 0""";
  /** Sets the key's time to live to ARGV[2] ms when it holds ARGV[1]. */
  private static final String EXPIRE_IF = """
      if redis.call('GET', KEYS[1]) == ARGV[1] then
        return redis.call('PEXPIRE', KEYS[1], ARGV[2])
      end
      return 0""";

  /**
   * Sets field ARGV[1] of the hash to ARGV[2] unless it holds ARGV[4] fields already, and gives the whole
   * hash ARGV[3] ms to live from now: 1 when set, 0 when full.
   */
  private static final String PUT_FIELD = """
      if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 and redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[4]) then
        return 0
      end
      redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
      redis.call('PEXPIRE', KEYS[1], ARGV[3])
      return 1""";

  /** Redis could not be reached, or did not answer in time: the caller uses its in-process state. */
  public static final class Unavailable extends Exception {
    Unavailable(Throwable cause) {
      super(cause.getMessage(), cause, false, false);
    }
  }

  private final RedisURI uri;
  private final RedisClient client;
  private final String replica;
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile StatefulRedisConnection<String, String> connection;
  private volatile boolean up;
  private Thread retrying;

  private SharedStore(RedisURI uri) {
    this.uri = uri;
    this.client = RedisClient.create(uri);
    client.setOptions(ClientOptions.builder().autoReconnect(true)
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .socketOptions(SocketOptions.builder().connectTimeout(TIMEOUT).build())
        .timeoutOptions(TimeoutOptions.enabled(TIMEOUT)).build());
    client.addListener(new RedisConnectionStateListener() {
      @Override
      public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
        down(new RedisException("the connection was lost")); // said at once, not at the next question
      }
    });
    this.replica = ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * A store on the Redis that {@code url} names ({@code redis://host:6379}, {@code rediss://…},
   * with a password or a database number as Redis URLs have them). Redis may be down: the store then
   * starts unavailable and keeps trying.
   *
   * @throws IllegalArgumentException when the URL is not a Redis URL; the message never holds a password
   */
  public static SharedStore connect(String url) {
    RedisURI uri;
    try {
      uri = RedisURI.create(url.strip());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("REDIS_URL is not a Redis URL (redis://host:port): " + redact(url));
    }
    SharedStore store = new SharedStore(uri);
    store.up = store.reached();
    if (!store.up) {
      store.down(new RedisException("not reachable"));
    }
    return store;
  }

  /** This process's name among the replicas: unique, and the holder's name in a lease. */
  public String replica() {
    return replica;
  }

  /** Whether Redis answered the last time it was asked. */
  public boolean up() {
    return up;
  }

  /** Where the store is, for logs and /healthz: host and port, never a password. */
  public String where() {
    return uri.getHost() + ":" + uri.getPort();
  }

  /** The key {@code missionbot:part1:part2…}. */
  public static String key(String... parts) {
    return PREFIX + String.join(":", parts);
  }

  public String get(String key) throws Unavailable {
    return run(r -> r.get(key));
  }

  public void set(String key, String value, Duration ttl) throws Unavailable {
    run(r -> r.set(key, value, SetArgs.Builder.px(ttl)));
  }

  /** Sets the key when it does not exist; true when this call set it. */
  public boolean setIfAbsent(String key, String value, Duration ttl) throws Unavailable {
    return "OK".equals(run(r -> r.set(key, value, SetArgs.Builder.nx().px(ttl))));
  }

  public void delete(String key) throws Unavailable {
    run(r -> r.del(key));
  }

  /** Deletes the key when it holds {@code value}; true when it did. */
  public boolean deleteIf(String key, String value) throws Unavailable {
    Long deleted = run(r -> r.eval(DELETE_IF, ScriptOutputType.INTEGER, new String[] {key}, value));
    return deleted != null && deleted == 1;
  }

  /** Gives the key {@code ttl} more to live when it holds {@code value}; true when it did. */
  public boolean expireIf(String key, String value, Duration ttl) throws Unavailable {
    Long done = run(r -> r.eval(EXPIRE_IF, ScriptOutputType.INTEGER, new String[] {key}, value,
        Long.toString(ttl.toMillis())));
    return done != null && done == 1;
  }

  /**
   * Takes one question from a token bucket kept in Redis, so that all replicas spend one budget:
   * {@code burst} at once, refilled over {@code window}; true when one was left.
   */
  public boolean takeToken(String key, int burst, Duration window) throws Unavailable {
    Long taken = run(r -> r.eval(TAKE_TOKEN, ScriptOutputType.INTEGER, new String[] {key},
        Integer.toString(burst), Long.toString(window.toNanos() / 1000)));
    return taken != null && taken == 1;
  }

  /**
   * Sets a field of the hash {@code key}, which lives {@code ttl} from this write on; false (and nothing
   * written) when the hash holds {@code most} other fields already.
   */
  public boolean putField(String key, String field, String value, Duration ttl, int most) throws Unavailable {
    Long put = run(r -> r.eval(PUT_FIELD, ScriptOutputType.INTEGER, new String[] {key}, field, value,
        Long.toString(ttl.toMillis()), Integer.toString(most)));
    return put != null && put == 1;
  }

  /** Removes a field of the hash {@code key}. */
  public void removeField(String key, String field) throws Unavailable {
    run(r -> r.hdel(key, field));
  }

  /** The fields of the hash {@code key} with their values; empty when there is none. */
  public Map<String, String> fields(String key) throws Unavailable {
    return run(r -> r.hgetall(key));
  }

  /** Takes the lease {@code key} for this replica, or renews it when this replica holds it; true when it holds it now. */
  public boolean lease(String key, Duration ttl) throws Unavailable {
    Long held = run(r -> r.eval(LEASE, ScriptOutputType.INTEGER, new String[] {key}, replica,
        Long.toString(ttl.toMillis())));
    return held != null && held == 1;
  }

  /** Gives up the lease when this replica holds it. */
  public void release(String key) throws Unavailable {
    deleteIf(key, replica);
  }

  @Override
  public void close() {
    if (closed.getCount() == 0) {
      return;
    }
    closed.countDown();
    Thread thread;
    synchronized (this) {
      thread = retrying;
    }
    if (thread != null) {
      thread.interrupt();
    }
    StatefulRedisConnection<String, String> c = connection;
    if (c != null) {
      c.close();
    }
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }

  private <T> T run(Function<RedisCommands<String, String>, T> command) throws Unavailable {
    StatefulRedisConnection<String, String> c = connection;
    if (!up || c == null) {
      throw new Unavailable(new RedisException("Redis at " + where() + " is unavailable"));
    }
    try {
      return command.apply(c.sync());
    } catch (RuntimeException e) { // RedisException, and the CancellationException of a command cut off by a reset
      down(e);
      throw new Unavailable(e);
    }
  }

  /** Marks the store down (logged once), and starts trying Redis again every second until it answers. */
  private synchronized void down(RuntimeException cause) {
    if (closed.getCount() == 0) {
      return;
    }
    if (up || retrying == null) {
      LOG.warn("Redis at {} is unavailable ({}); answering with this replica's own state until it is back", where(),
          cause.getMessage());
    }
    up = false;
    if (retrying == null) { // one retrying thread at a time; it clears this, under this lock, when it ends
      retrying = Thread.ofPlatform().name("redis-retry").daemon().start(this::retry);
    }
  }

  /** Tries Redis every second until it answers (then the store is up again) or the store closes. */
  private void retry() {
    try {
      while (!closed.await(RETRY.toMillis(), TimeUnit.MILLISECONDS)) {
        boolean answered = reached();
        synchronized (this) {
          if (answered) { // up and the thread's end decided together, so a failure now starts a new one
            up = true;
            retrying = null;
            LOG.info("Redis at {} is back: state is shared with the other replicas again", where());
            return;
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Connects when not connected, and pings; whether Redis answered. */
  private boolean reached() {
    try {
      StatefulRedisConnection<String, String> c = connection;
      if (c == null) {
        c = client.connect();
        c.setTimeout(TIMEOUT);
        connection = c;
      }
      return "PONG".equals(c.sync().ping());
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The URL with any password (user:password@) left out. */
  static String redact(String url) {
    return url == null ? "" : url.replaceAll("//\\S*@", "//…@"); // up to the last @: a password may hold / or @
  }
}
