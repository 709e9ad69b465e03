/**
 * Question to passages: reading a question into weighed, spell-corrected concepts and kinds, and
 * ranking passages by BM25, by what they mention and by how much of the question they cover.
 */
package org.missionbot.search;
