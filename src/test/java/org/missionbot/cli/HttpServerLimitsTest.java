package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HttpServerLimitsTest {

  @Test
  void eachLimitIsSetUnlessTheCommandLineGaveOne() {
    String given = System.getProperty("sun.net.httpserver.maxReqTime");
    try {
      System.setProperty("sun.net.httpserver.maxReqTime", "3");
      HttpServerLimits.apply();

      assertEquals("3", System.getProperty("sun.net.httpserver.maxReqTime"), "a value given is kept");
      assertEquals("512", System.getProperty("jdk.httpserver.maxConnections"));
      assertEquals("10", System.getProperty("sun.net.httpserver.idleInterval"));
      assertEquals("10", HttpServerLimits.DEFAULTS.get("sun.net.httpserver.maxReqTime"));
    } finally {
      if (given == null) {
        System.clearProperty("sun.net.httpserver.maxReqTime");
      } else {
        System.setProperty("sun.net.httpserver.maxReqTime", given);
      }
    }
  }
}
