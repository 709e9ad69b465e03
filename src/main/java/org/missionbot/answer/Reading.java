package org.missionbot.answer;

import java.util.List;
import java.util.Optional;
import org.missionbot.search.Hit;
import org.missionbot.search.Question;

/**
 * A question as {@link FramedReader} read it, with its hits and whether they answer it.
 *
 * @param question the question as read
 * @param hits the hits within its time frame, led by the one the decision takes to lead
 * @param answered whether the hits answer it
 * @param time the time frame it was read in
 * @param asksRole whether it asks for the current holder of a role
 * @param holder the holder of that role the hits name; empty when they name none
 * @param searched the hits in the search's own order, which the decision is trained on
 */
record Reading(Question question, List<Hit> hits, boolean answered, TimeFrame time, boolean asksRole,
               Optional<Evidence> holder, List<Hit> searched) {}
