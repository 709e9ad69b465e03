package org.missionbot.chat.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates Slack's events, command and button clicks into the channel's work. Each handler only
 * reads what it needs and acknowledges at once; the answering happens on the channel's workers. A
 * thread in a channel belongs to the bot once it is mentioned there, and replies in it are follow-ups.
 */
final class SlackRoutes {

  /** "/mission add https://…": an editor adds an article. */
  private static final Pattern ADD = Pattern.compile("(?is)\\s*add\\s+(\\S.*)");

  private final SlackChannel channel;
  private final AnsweredThreads threads;

  SlackRoutes(SlackChannel channel, AnsweredThreads threads) {
    this.channel = channel;
    this.threads = threads;
  }

  void register(App app) {
    app.event(AppMentionEvent.class, (payload, ctx) -> {
      AppMentionEvent e = payload.getEvent();
      String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
      threads.answeredIn(e.getChannel(), thread);
      channel.answer(payload.getEventId(), e.getChannel(), thread, e.getChannel() + ":" + thread, e.getUser(), e.getText());
      return ctx.ack();
    });
    app.event(MessageEvent.class, (payload, ctx) -> {
      message(payload.getEventId(), payload.getEvent());
      return ctx.ack();
    });
    app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
      if ("home".equals(payload.getEvent().getTab())) {
        channel.publishHome(payload.getEvent().getUser());
      }
      return ctx.ack();
    });
    app.command(SlackChannel.COMMAND, (req, ctx) -> command(req.getPayload(), ctx));
    app.blockAction(SlackRenderer.VOTE_UP, (req, ctx) -> vote(req, ctx, true));
    app.blockAction(SlackRenderer.VOTE_DOWN, (req, ctx) -> vote(req, ctx, false));
    app.blockAction(SlackRenderer.SHARE, (req, ctx) -> {
      String id = value(req.getPayload());
      String user = req.getPayload().getUser().getId();
      boolean taken = channel.respond("share of " + id, req.getPayload().getResponseUrl(),
          (answers, locale) -> answers.shared(id), true, "share:" + user, user);
      return taken ? ctx.ack() : ctx.ack(ephemeral(channel.busy("share:" + user, user)));
    });
  }

  /**
   * A direct message is a question; in a channel, only a plain reply in a thread the bot answered in
   * is, as a follow-up of the thread's question. Every other channel message is left alone.
   */
  private void message(String eventId, MessageEvent e) {
    if ("im".equals(e.getChannelType())) {
      String thread = e.getThreadTs();
      String conversation = thread == null ? e.getChannel() : e.getChannel() + ":" + thread;
      channel.answer(eventId, e.getChannel(), thread, conversation, e.getUser(), e.getText());
    } else if (threads.followUp(e.getChannel(), e.getTs(), e.getThreadTs(), e.getText())) {
      String thread = e.getThreadTs();
      channel.answer(eventId, e.getChannel(), thread, e.getChannel() + ":" + thread, e.getUser(), e.getText());
    }
  }

  /**
   * The command alone gets the greeting in its acknowledgement; with anything else (a question, "help",
   * "sources"), it is answered after, as the core reads it.
   */
  private Response command(SlashCommandPayload command, SlashCommandContext ctx) {
    String conversation = "command:" + command.getChannelId() + ":" + command.getUserId();
    if (SlackAnswers.question(command.getText()).isEmpty()) {
      return ctx.ack(channel.greeting(conversation, command.getUserId()));
    }
    Matcher add = ADD.matcher(command.getText());
    if (add.matches()) {
      return addArticle(command, add.group(1), ctx);
    }
    boolean taken = channel.respond("command in " + command.getChannelId() + " from " + command.getUserId(),
        command.getResponseUrl(), (answers, locale) -> answers.reply(conversation, command.getUserId(), command.getText(),
            true, "trigger:" + command.getTriggerId(), locale.get()), false, conversation, command.getUserId());
    return taken ? ctx.ack() : ctx.ack(ephemeral(channel.busy(conversation, command.getUserId())));
  }

  /** "/mission add <url>": for the editors the configuration names; everyone else is told so. */
  private Response addArticle(SlashCommandPayload command, String source, SlashCommandContext ctx) {
    if (!channel.mayAdd(command.getUserId())) {
      return ctx.ack(ephemeral(SlackRenderer.notice("Only the editors named in the bot's configuration can add articles.")));
    }
    if (!channel.addArticle(command.getUserId(), SlackAnswers.question(source), command.getResponseUrl())) {
      return ctx.ack(ephemeral(channel.busy("add:" + command.getUserId(), command.getUserId())));
    }
    return ctx.ack(ephemeral(SlackRenderer.notice("Adding " + SlackAnswers.question(source) + "…")));
  }

  private static com.google.gson.JsonElement ephemeral(SlackMessage message) {
    return com.google.gson.JsonParser.parseString(message.responsePayload(false));
  }

  private Response vote(BlockActionRequest req, ActionContext ctx, boolean up) {
    BlockActionPayload payload = req.getPayload();
    String id = value(payload);
    String user = payload.getUser().getId();
    boolean taken = channel.respond("vote on " + id, payload.getResponseUrl(),
        (answers, locale) -> answers.vote(id, user, up), false, "vote:" + user, user);
    return taken ? ctx.ack() : ctx.ack(ephemeral(channel.busy("vote:" + user, user)));
  }

  private static String value(BlockActionPayload payload) {
    return payload.getActions().isEmpty() ? "" : payload.getActions().get(0).getValue();
  }
}
