/**
 * Passages to an answer: choosing the quotes, drawing the lead from them, and saying plainly when the
 * articles hold no answer. Chat-neutral: no channel's types are known here.
 */
package org.missionbot.answer;
