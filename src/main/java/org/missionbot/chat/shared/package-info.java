/**
 * State that replicas of the bot share when REDIS_URL is set: follow-ups, rate limits, conversations'
 * languages, events and updates already answered, the Telegram polling lease. Redis (through Lettuce)
 * is reached only from here; every caller keeps an in-process fallback for when Redis is unavailable.
 */
package org.missionbot.chat.shared;
