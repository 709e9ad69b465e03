package org.missionbot.search;

/**
 * What each side of the hybrid search said of a passage, before fusion.
 *
 * @param lexical its BM25 score for the question's words, the wanted kind's boost included; 0 when
 *     that side did not find it
 * @param lexicalRank its place in the BM25 side's list, from 0; -1 when not in it
 * @param similarity the dot product of its vector and the question's (cosine: both are unit vectors)
 * @param semanticRank its place in the vector side's list, from 0; -1 when not in it
 * @param holdsWanted whether it holds the kind of thing the question asks for (an amount for "how much")
 * @param topicality how close its article is to what the bot is about (a cosine)
 * @param articleCoverage the share of the question's weight that its article holds anywhere
 * @param articleLacksName whether the question names someone or something that its article never does
 * @param articleScope the share of its article's passages that name the bot's topic (the mission's place or names)
 */
public record Signals(double lexical, int lexicalRank, double similarity, int semanticRank, boolean holdsWanted,
                      double topicality, double articleCoverage, boolean articleLacksName, double articleScope) {}
