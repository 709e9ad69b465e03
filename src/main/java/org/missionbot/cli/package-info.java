/** The command line: wires the bot together and runs one command; the only place that prints or exits. */
package org.missionbot.cli;
