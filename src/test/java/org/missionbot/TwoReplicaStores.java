package org.missionbot;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.missionbot.chat.shared.SharedStore;

/**
 * A JUnit extension: for each test, a real redis-server and two shared stores on it, as two replicas
 * would hold them ({@link #a}, {@link #b}); all stopped after the test. Register it on a field with
 * {@code @RegisterExtension}.
 */
public final class TwoReplicaStores implements BeforeEachCallback, AfterEachCallback {

  public RedisServer redis;
  public SharedStore a;
  public SharedStore b;

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    redis = RedisServer.start();
    a = SharedStore.connect(redis.url());
    b = SharedStore.connect(redis.url());
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    a.close();
    b.close();
    redis.close();
  }
}
