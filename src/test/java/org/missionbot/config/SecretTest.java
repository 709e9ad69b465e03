package org.missionbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretTest {

  private static final String VALUE = "xoxb-1234-abcd";

  /** Whatever holds it: a record, a map, a formatted message, string concatenation. */
  record Holder(String name, Secret secret) {}

  @Test
  void itNeverPrintsWhereverItIsHeld() {
    Secret secret = Secret.of(VALUE);

    assertEquals("<redacted>", secret.toString());
    assertEquals("token <redacted>", "token " + secret);
    assertEquals("Holder[name=slack, secret=<redacted>]", new Holder("slack", secret).toString());
    assertEquals("{k=<redacted>}", Map.of("k", secret).toString());
    assertEquals("is <redacted>", String.format("is %s", secret));
    assertFalse(String.valueOf(new Holder("slack", secret)).contains(VALUE));
    assertEquals(VALUE, secret.reveal(), "only when asked for");
  }

  @Test
  void itIsMaskedInOtherTextAndComparedByValue() {
    Secret secret = Secret.of(VALUE);

    assertEquals("POST /api/auth.test?token=<redacted> failed", secret.redact("POST /api/auth.test?token=" + VALUE + " failed"));
    assertEquals("a <redacted> b <redacted>", Secret.redact("a " + VALUE + " b s3", secret, Secret.of("s3"), null));
    assertTrue(secret.matches(VALUE));
    assertFalse(secret.matches("xoxb-1234-abce"));
    assertFalse(secret.matches(null));
    assertEquals(Secret.of(VALUE), secret);
    assertNotEquals(Secret.of("other"), secret);
    assertNull(Secret.of(null));
  }
}
