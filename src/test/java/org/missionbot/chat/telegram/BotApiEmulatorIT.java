package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionbot.FreePorts;

class BotApiEmulatorIT {

  @Test
  void aPortTakenBeforeTheEmulatorBindsItIsPassedOverForTheNext() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      int free = FreePorts.any();
      try (BotApiEmulator emulator = BotApiEmulator.start("123:port-test", List.of(taken.getLocalPort(), free))) {
        assertEquals("http://127.0.0.1:" + free, emulator.url(), "the taken port is passed over");
        assertTrue(emulator.unread(new BotApiEmulator.Chat(7, "private", 7, "en")).isEmpty(),
            "the emulator on the next port answers its client API, with nothing sent yet");
      }
    }
  }
}
