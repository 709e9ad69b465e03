/**
 * Where the channels' HTTP endpoints are served (the service's one web server, as a channel adapter
 * sees it) and what every endpoint does alike with a request's body: kept out of the chat-neutral core.
 */
package org.missionbot.chat.http;
