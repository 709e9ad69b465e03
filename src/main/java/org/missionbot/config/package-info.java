/** Where the bot's files live and how its settings are read. */
package org.missionbot.config;
