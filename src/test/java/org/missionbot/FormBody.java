package org.missionbot;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of an {@code application/x-www-form-urlencoded} body, as the Web API stand-ins receive them. */
public final class FormBody {

  private FormBody() {}

  /** Each {@code name=value} pair, decoded, in order; a pair without "=" or a name is left out. */
  public static Map<String, String> fields(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return fields;
  }
}
