/**
 * Source documents: articles as files with their metadata, and the passages (sentences) they are cut into.
 * Nothing here knows about Lucene.
 */
package org.missionbot.corpus;
