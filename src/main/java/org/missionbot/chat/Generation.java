package org.missionbot.chat;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.missionbot.answer.AnswerEngine;
import org.missionbot.index.PassageIndex;
import org.missionbot.search.PassageSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One opened index and the answer engine on it, counted while in use: the bot holds it while it is
 * current and each answer holds it while it runs, so a swapped-out index closes when the last answer
 * on it finishes, never under one.
 */
final class Generation {

  private static final Logger LOG = LoggerFactory.getLogger(Generation.class);

  private final PassageIndex index;
  private final AnswerEngine engine;
  /** The bot's own hold (1 while current) plus one per answer under way; 0 means closed. */
  private final AtomicInteger holds = new AtomicInteger(1);

  Generation(PassageIndex index) {
    this.index = index;
    this.engine = new AnswerEngine(new PassageSearcher(index));
  }

  PassageIndex index() {
    return index;
  }

  AnswerEngine engine() {
    return engine;
  }

  /** Takes a hold unless the generation is already closed. */
  boolean tryAcquire() {
    for (int n = holds.get(); n > 0; n = holds.get()) {
      if (holds.compareAndSet(n, n + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Gives a hold back; the last one closes the index. */
  void release() {
    if (holds.decrementAndGet() == 0) {
      try {
        index.close();
      } catch (IOException e) {
        LOG.warn("closing a replaced index failed: {}", e.toString());
      }
    }
  }

  boolean isClosed() {
    return holds.get() == 0;
  }
}
