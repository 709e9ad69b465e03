/**
 * Bringing new articles into the corpus: reading a text, Markdown or HTML source (a file or a web
 * page) into a draft, refusing near-copies of articles already there, and writing the article file.
 * Nothing here knows about Lucene.
 */
package org.missionbot.corpus.ingest;
