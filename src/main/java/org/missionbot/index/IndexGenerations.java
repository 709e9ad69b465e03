package org.missionbot.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index generations a running bot answers from, kept by Lucene's own {@link ReferenceManager} (as its
 * {@code SearcherManager} keeps searchers): each answer holds the generation it started on, a fresh
 * index is swapped in whole, and a replaced one closes when its last answer gives it back, never under
 * one. Once closed, no answer starts. Thread-safe.
 */
public final class IndexGenerations implements Closeable {

  /** Opens a fresh index of the articles as they are now. */
  public interface Opener {
    PassageIndex open() throws IOException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(IndexGenerations.class);

  private final Manager manager;
  /** The opener of the swap under way, read by the manager's refresh; null between swaps. */
  private volatile Opener pending;

  /** Generations starting with {@code first}, which they own from now on (closing them closes it). */
  public IndexGenerations(PassageIndex first) {
    this.manager = new Manager(first);
  }

  /**
   * The current index, held until {@link #release}d: a swap cannot close it under the caller.
   *
   * @throws IllegalStateException once closed
   */
  public PassageIndex acquire() {
    try {
      return manager.acquire();
    } catch (AlreadyClosedException e) {
      throw new IllegalStateException("the index is closed: no more answers", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Gives back a hold taken by {@link #acquire()}; the last hold on a replaced index closes it. */
  public void release(PassageIndex index) {
    try {
      manager.release(index);
    } catch (IOException e) {
      LOG.warn("closing a replaced index failed: {}", e.toString());
    }
  }

  /**
   * Opens a fresh index and swaps it in; answers under way finish on the one they hold. When opening
   * fails, the current index stays and the failure is thrown.
   */
  public synchronized void swapIn(Opener opener) throws IOException {
    pending = opener;
    try {
      manager.maybeRefreshBlocking();
    } finally {
      pending = null;
    }
  }

  /** Closes the current index once the answers under way give it back; no answer starts after. */
  @Override
  public void close() throws IOException {
    manager.close();
  }

  private final class Manager extends ReferenceManager<PassageIndex> {

    Manager(PassageIndex first) {
      current = first;
    }

    @Override
    protected void decRef(PassageIndex index) throws IOException {
      index.decRef();
    }

    @Override
    protected PassageIndex refreshIfNeeded(PassageIndex index) throws IOException {
      Opener opener = pending;
      return opener == null ? null : opener.open();
    }

    @Override
    protected boolean tryIncRef(PassageIndex index) {
      return index.tryIncRef();
    }

    @Override
    protected int getRefCount(PassageIndex index) {
      return index.refCount();
    }
  }
}
