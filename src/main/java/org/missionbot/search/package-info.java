/**
 * Question to passages: reading a question into weighed, spell-corrected concepts and kinds, and
 * ranking passages by BM25, by what they mention and by how much of the question they cover. The
 * learned parts are {@link org.missionbot.search.Classifier}s: a logistic regression fuses the two
 * sides' signals into a passage's score (the ranker), and boosted trees, fitted by
 * {@link org.missionbot.search.Boosting}, serve the answer-or-abstain decision.
 */
package org.missionbot.search;
