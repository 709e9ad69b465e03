package org.missionbot.chat.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The locale each Slack user has set ("fr-FR", "en-US"), from users.info with {@code include_locale},
 * asked once a user (two replies to the same person at once wait for one call) and remembered for a
 * day, bounded, so a changed locale is picked up. It is only a hint for the language of replies: a failed
 * lookup gives null and is asked again next time, and the question's own language comes first.
 */
final class UserLocales {

  private static final Logger LOG = LoggerFactory.getLogger(UserLocales.class);
  /** Remembered for a user with no locale, so that they are not asked about again. */
  private static final String NONE = "";
  /** How long a locale is trusted without asking again. */
  static final java.time.Duration REMEMBERED = java.time.Duration.ofDays(1);

  private final MethodsClient client;
  private final BoundedMemory<String> known;

  UserLocales(MethodsClient client, int capacity) {
    this.client = client;
    this.known = new BoundedMemory<>(capacity, REMEMBERED);
  }

  /** The user's locale, asking Slack the first time; null when unknown. Blocks: call it on a worker. */
  String of(String user) {
    if (user == null || user.isBlank()) {
      return null;
    }
    String locale = known.computeIfAbsent(user, this::lookUp); // a failed look-up (null) is not remembered
    return locale == null || locale.isEmpty() ? null : locale;
  }

  /** The user's locale if it is already known, without asking Slack: for replies that cannot wait. */
  String cached(String user) {
    String locale = user == null ? null : known.get(user);
    return locale == null || locale.isEmpty() ? null : locale;
  }

  private String lookUp(String user) {
    try {
      UsersInfoResponse info = client.usersInfo(r -> r.user(user).includeLocale(true));
      if (!info.isOk() || info.getUser() == null) {
        LOG.debug("users.info for {} said {}", user, info.getError());
        return info.isOk() ? NONE : null;
      }
      String locale = info.getUser().getLocale();
      return locale == null ? NONE : locale;
    } catch (Exception e) {
      LOG.debug("users.info for {} failed: {}", user, e.toString());
      return null;
    }
  }
}
