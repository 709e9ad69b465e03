package org.missionbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedisServerIT {

  @Test
  void aPortTakenBeforeTheServerBindsItIsPassedOverForTheNext() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      int free = FreePorts.any();
      try (RedisServer server = RedisServer.start(List.of(taken.getLocalPort(), free))) {
        assertEquals(free, server.port(), "the taken port is passed over");
        assertTrue(RedisServer.answersPing(server.port()), "the server on the next port is redis and answers");
      }
    }
  }
}
