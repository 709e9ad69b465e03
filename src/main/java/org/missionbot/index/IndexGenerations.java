package org.missionbot.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Function;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index generations a running bot answers from, kept by Lucene's own {@link ReferenceManager} (as its
 * {@code SearcherManager} keeps searchers): each answer holds the generation it started on, a fresh
 * index is swapped in whole, and a replaced one closes when its last answer gives it back, never under
 * one. Once closed, no answer starts. Each generation carries what is built on its index once (the
 * answer engine), which goes with it. Thread-safe.
 *
 * @param <T> what is built on each index
 */
public final class IndexGenerations<T> implements Closeable {

  /** Opens a fresh index of the articles as they are now. */
  public interface Opener {
    PassageIndex open() throws IOException;
  }

  /**
   * One generation: an open index and what was built on it.
   *
   * @param <T> what is built on the index
   */
  public record Generation<T>(PassageIndex index, T built) {

    public Generation {
      Objects.requireNonNull(index, "index");
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(IndexGenerations.class);

  private final Manager manager;
  private final Function<PassageIndex, T> build;
  /** The opener of the swap under way, read by the manager's refresh; null between swaps. */
  private volatile Opener pending;

  /**
   * Generations starting with {@code first}, which they own from now on (closing them closes it), each
   * with what {@code build} makes of its index.
   */
  public IndexGenerations(PassageIndex first, Function<PassageIndex, T> build) {
    this.build = build;
    this.manager = new Manager(new Generation<>(first, build.apply(first)));
  }

  /**
   * The current generation, held until {@link #release}d: a swap cannot close it under the caller.
   *
   * @throws IllegalStateException once closed
   */
  public Generation<T> acquire() {
    try {
      return manager.acquire();
    } catch (AlreadyClosedException e) {
      throw new IllegalStateException("the index is closed: no more answers", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Gives back a hold taken by {@link #acquire()}; the last hold on a replaced generation closes its index. */
  public void release(Generation<T> generation) {
    try {
      manager.release(generation);
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

  private final class Manager extends ReferenceManager<Generation<T>> {

    Manager(Generation<T> first) {
      current = first;
    }

    @Override
    protected void decRef(Generation<T> generation) throws IOException {
      generation.index().decRef();
    }

    @Override
    protected Generation<T> refreshIfNeeded(Generation<T> generation) throws IOException {
      Opener opener = pending;
      if (opener == null) {
        return null;
      }
      PassageIndex fresh = opener.open();
      try {
        return new Generation<>(fresh, build.apply(fresh));
      } catch (RuntimeException e) {
        fresh.close();
        throw e;
      }
    }

    @Override
    protected boolean tryIncRef(Generation<T> generation) {
      return generation.index().tryIncRef();
    }

    @Override
    protected int getRefCount(Generation<T> generation) {
      return generation.index().refCount();
    }
  }
}
