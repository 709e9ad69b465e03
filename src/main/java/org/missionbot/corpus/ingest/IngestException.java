package org.missionbot.corpus.ingest;

/** A source that cannot become an article; the message names the source and says what is wrong. */
public final class IngestException extends Exception {

  public IngestException(String message) {
    super(message);
  }

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }
}
