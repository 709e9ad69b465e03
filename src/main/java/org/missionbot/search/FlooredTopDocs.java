package org.missionbot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * A top-n search told from the start that scores below a floor cannot make it, so that Lucene skips
 * them as it skips those below its own n-th best. Documents under the floor may still be returned.
 */
final class FlooredTopDocs {

  /** As {@link IndexSearcher#search(Query, int)}: its total-hits threshold, before which it prunes nothing. */
  private static final int TOTAL_HITS_THRESHOLD = 1000;

  private FlooredTopDocs() {}

  /** The best {@code n} documents for the query, of those that score {@code floor} or more. */
  static ScoreDoc[] search(IndexSearcher searcher, Query query, int n, float floor) throws IOException {
    TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(n, null, TOTAL_HITS_THRESHOLD);
    if (floor <= 0) {
      return searcher.search(query, top).scoreDocs;
    }
    return searcher.search(query, new CollectorManager<Floored, TopDocs>() {
      @Override
      public Floored newCollector() {
        return new Floored(top.newCollector(), floor);
      }

      @Override
      public TopDocs reduce(Collection<Floored> collectors) throws IOException {
        List<TopScoreDocCollector> inner = new ArrayList<>(collectors.size());
        collectors.forEach(c -> inner.add(c.top));
        return top.reduce(inner);
      }
    }).scoreDocs;
  }

  /** Collects into {@code top} while keeping the scorer's minimum competitive score at the floor or above. */
  private static final class Floored extends FilterCollector {

    private final TopScoreDocCollector top;
    private final float floor;

    Floored(TopScoreDocCollector top, float floor) {
      super(top);
      this.top = top;
      this.floor = floor;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      return new FilterLeafCollector(super.getLeafCollector(context)) {
        @Override
        public void setScorer(Scorable scorer) throws IOException {
          scorer.setMinCompetitiveScore(floor);
          super.setScorer(new FilterScorable(scorer) {
            @Override
            public void setMinCompetitiveScore(float minScore) throws IOException {
              in.setMinCompetitiveScore(Math.max(minScore, floor));
            }
          });
        }
      };
    }
  }
}
