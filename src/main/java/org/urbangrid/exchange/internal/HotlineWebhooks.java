package org.urbangrid.exchange.internal;

import java.util.LinkedHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.urbangrid.cases.CaseEvent;
import org.urbangrid.cases.HotlineLimits;
import org.urbangrid.cases.PublicStatus;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.PublicCases;
import org.urbangrid.channels.ChannelKind;
import org.urbangrid.channels.Channels;
import org.urbangrid.exchange.ExchangeUpdate;
import org.urbangrid.exchange.HotlineExchange;
import org.urbangrid.notifications.Notifications;

import tools.jackson.databind.json.JsonMapper;

/**
 * 回调: every public-facing change of a case reported through a hotline channel with a webhook goes into the
 * notification outbox (signed, retried, kept across restarts). Taken after the move committed, through the event
 * publication registry (a publication the node did not finish is delivered again at the next start); the outbox's
 * dedupe key ({@code exchange:case:<id>:<seq>}) makes such a repeat store nothing. Not on the bare report: the
 * answer to the work order already told the hotline, and intake writes no publication row for it.
 */
@Component
class HotlineWebhooks {

    private static final Logger log = LoggerFactory.getLogger(HotlineWebhooks.class);

    private final Channels channels;
    private final PublicCases publicCases;
    private final HotlineExchange exchange;
    private final Notifications notifications;
    private final JsonMapper json;

    HotlineWebhooks(Channels channels, PublicCases publicCases, HotlineExchange exchange, Notifications notifications,
            JsonMapper json) {
        this.channels = channels;
        this.publicCases = publicCases;
        this.exchange = exchange;
        this.notifications = notifications;
        this.json = json;
    }

    /** The webhook's event type for a move: {@code case.transferred_back}, {@code case.closed} … */
    static String eventType(CaseMove move) {
        return switch (move) {
            case TRANSFER_BACK -> "case.transferred_back";
            case REOPEN -> "case.reopened";
            case MERGE -> "case.merged";
            case CLOSE, HANDLE_ON_SPOT -> "case.closed";
            case REPORT_HANDLED -> "case.handled";
            default -> "case.updated";
        };
    }

    @ApplicationModuleListener
    void on(CaseEvent.Moved event) {
        var facts = event.facts();
        // Only a hotline's case, and only news, can be owed to a hotline: most moves stop here without a query.
        if (!HotlineLimits.hotline(facts.source()) || !PublicStatus.publicFacing(facts.move(), facts.from(), facts.to())) {
            return;
        }
        var channel = channels.ofAccount(facts.reporterId())
                .filter(c -> c.kind() == ChannelKind.HOTLINE && c.active())
                .filter(c -> c.webhookUrl() != null && !c.webhookUrl().isBlank());
        if (channel.isEmpty()) {
            return;
        }
        var secret = channels.webhookSecret(channel.get().id());
        if (secret.isEmpty() || secret.get().isBlank()) {
            log.warn("hotline channel {} has a webhook but no secret: its updates are not posted", channel.get().code());
            return;
        }
        var kase = publicCases.byId(facts.caseId());
        if (kase.isEmpty()) {
            return;
        }
        // The move's public-facing entry (none: the move told the public nothing).
        var entry = kase.get().timeline().stream().filter(u -> u.seq() == facts.seq()).findFirst();
        if (entry.isEmpty()) {
            return;
        }
        var update = exchange.update(channel.get(), entry.get());
        var type = eventType(facts.move());
        notifications.enqueueWebhook(channel.get().code(), channel.get().webhookUrl(), secret.get(), type,
                body(channel.get().code(), type, update), "exchange:case:" + facts.caseId() + ":" + entry.get().seq());
    }

    /** One feed update, with the channel's code and the event type. */
    String body(String channelCode, String eventType, ExchangeUpdate update) {
        var body = new LinkedHashMap<String, Object>();
        body.put("channel", channelCode);
        body.put("eventType", eventType);
        body.put("transferredBack", update.move() == CaseMove.TRANSFER_BACK);
        var fields = json.convertValue(update, java.util.Map.class);
        fields.forEach((k, v) -> body.put(String.valueOf(k), v));
        return json.writeValueAsString(body);
    }

}
