package org.missionbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Latency figures. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Print latency figures.")
final class BenchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
