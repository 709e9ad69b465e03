/**
 * The Lucene index of passages: text analysis, the document of a passage, and building the index
 * aside and swapping it in. Lucene types do not leave this package and {@code search}.
 */
package org.missionbot.index;
