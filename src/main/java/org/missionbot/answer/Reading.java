package org.missionbot.answer;

import java.util.List;
import java.util.Optional;
import org.missionbot.search.Hit;
import org.missionbot.search.Question;

/**
 * A question as read, the hits for it within its time frame (led by the one the decision takes to
 * lead), whether they answer it, whether it asks for the current holder of a role, the holder that
 * the hits name (empty when they name none), and the hits in the search's own order (what the
 * decision is trained on).
 */
record Reading(Question question, List<Hit> hits, boolean answered, TimeFrame time, boolean asksRole,
               Optional<Evidence> holder, List<Hit> searched) {}
