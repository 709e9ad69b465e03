package org.missionbot.index;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;

/**
 * Lucene's default codec with passage vectors in an HNSW graph over scalar-quantized vectors: a
 * quarter of the memory of float vectors for the graph search, with the floats kept for rescoring.
 */
final class QuantizedVectorsCodec extends Lucene104Codec {

  private final KnnVectorsFormat vectors = new Lucene104HnswScalarQuantizedVectorsFormat();

  @Override
  public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
    return vectors;
  }
}
