package org.urbangrid.exchange;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.urbangrid.attachments.Photo;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.cases.CaseManagement;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseQueries;
import org.urbangrid.cases.MoveCommand;
import org.urbangrid.cases.NewReport;
import org.urbangrid.cases.PublicCase;
import org.urbangrid.cases.PublicCases;
import org.urbangrid.cases.PublicQuery;
import org.urbangrid.cases.PublicStatus;
import org.urbangrid.cases.PublicUpdate;
import org.urbangrid.channels.Channel;
import org.urbangrid.channels.ChannelKind;
import org.urbangrid.channels.Channels;
import org.urbangrid.exchange.internal.ExchangeProperties;
import org.urbangrid.grid.Gazetteer;
import org.urbangrid.platform.UrbanGridException;

/**
 * 热线对接: what a hotline system may do, always as its channel. Work orders become cases through
 * {@link CaseManagement#report} as the channel's account, idempotent on (channel, ticket); the hotline reads only
 * the cases reported through its channel, as the public may see them, with its own ticket number beside.
 */
@Service
public class HotlineExchange {

    /** The API's root path. */
    public static final String ROOT = "/exchange/v1";
    /** The most updates one feed page holds. */
    public static final int MAX_LIMIT = 1000;
    public static final int DEFAULT_LIMIT = 100;
    /** How far a hotline's clock may run ahead of ours before its {@code reportedAt} is refused. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final String KEY_PREFIX = "hotline-ticket:";
    private static final int MAX_ADDRESS = 200;
    private static final int MAX_REASON = 2000;

    /** The result of a work order: the answer, and whether it was a retry of an earlier one. */
    public record Intake(IntakeAnswer answer, boolean replayed) {}

    private final Channels channels;
    private final CaseManagement cases;
    private final CaseQueries queries;
    private final PublicCases publicCases;
    private final Gazetteer gazetteer;
    private final PhotoStore photos;
    private final ExchangeProperties properties;
    private final Clock clock;

    HotlineExchange(Channels channels, CaseManagement cases, CaseQueries queries, PublicCases publicCases,
            Gazetteer gazetteer, PhotoStore photos, ExchangeProperties properties, Clock clock) {
        this.channels = channels;
        this.cases = cases;
        this.queries = queries;
        this.publicCases = publicCases;
        this.gazetteer = gazetteer;
        this.photos = photos;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The hotline channel of an API key; 403 for no key, an unknown or revoked key, an inactive channel or one that
     * is not a hotline (the same answer for all, so a caller learns nothing of other keys).
     */
    public Channel authenticate(String key) {
        return channels.authenticate(key).filter(c -> c.kind() == ChannelKind.HOTLINE)
                .orElseThrow(() -> UrbanGridException.forbidden("exchange.error.forbidden"));
    }

    /** 接单: a work order becomes a case of the channel; a retry of the same ticket answers the same case. */
    public Intake intake(Channel channel, WorkOrder order) {
        var report = report(channel, order);
        var key = KEY_PREFIX + report.ticketNumber();
        var reported = channels.actAs(channel, () -> cases.report(report, Optional.of(key), channel.trusted()));
        var view = reported.kase();
        return new Intake(new IntakeAnswer(view.number(), report.ticketNumber(), view.status(),
                PublicStatus.of(view.status()), links(view.number())), reported.replayed());
    }

    /** The public view of one of the channel's cases; 404 for any other case. */
    public ExchangeCase view(Channel channel, String caseNumber) {
        var kase = own(channel, caseNumber);
        var ticket = queries.ticketNumbers(List.of(kase.id()), channel.accountId()).get(kase.id());
        var timeline = kase.timeline().stream().map(u -> update(u, ticket)).toList();
        return new ExchangeCase(kase.number(), ticket, kase.status(), kase.publicStatus(), kase.publicStatus().open(),
                kase.classCode(), kase.conditionCode(), kase.description(), kase.address(), kase.latitude(),
                kase.longitude(), kase.streetCode(), kase.communityCode(), kase.departmentId(), kase.reportedAt(),
                kase.updatedAt(), kase.expectedAt(), kase.closedAt(), kase.answer(), photoUrls(kase.photoIds()),
                kase.mergedInto(), kase.overdue(), timeline);
    }

    /**
     * 市民反映未解决: the caller says a closed case is not fixed; the case goes back for a check ({@link CaseMove#REOPEN}
     * as the channel). 400 without a reason; 409 outside the reopening window or when the case is not closed.
     */
    public IntakeAnswer reopen(Channel channel, String caseNumber, String reason) {
        var kase = own(channel, caseNumber);
        if (reason == null || reason.isBlank()) {
            throw required("reason");
        }
        if (reason.length() > MAX_REASON) {
            throw UrbanGridException.invalid("exchange.error.too-long", "reason", MAX_REASON).with("field", "reason");
        }
        var command = new MoveCommand(null, reason.strip(), null, null, null, null, null, null, null, null);
        var moved = channels.actAs(channel, () -> cases.move(kase.id(), CaseMove.REOPEN, command));
        var ticket = queries.ticketNumbers(List.of(kase.id()), channel.accountId()).get(kase.id());
        return new IntakeAnswer(moved.number(), ticket, moved.status(), PublicStatus.of(moved.status()),
                links(moved.number()));
    }

    /** The pull feed: public-facing updates of the channel's cases after the cursor, oldest first. */
    public ExchangeUpdates updates(Channel channel, String cursor, Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw UrbanGridException.invalid("exchange.error.limit", MAX_LIMIT).with("field", "limit");
        }
        var found = publicCases.updatesSince(cursor == null || cursor.isBlank() ? null : cursor, size,
                channel.accountId());
        var tickets = queries.ticketNumbers(found.stream().map(PublicUpdate::caseId).toList(), channel.accountId());
        var updates = found.stream().map(u -> update(u, tickets.get(u.caseId()))).toList();
        var next = updates.isEmpty() ? (cursor == null || cursor.isBlank() ? null : cursor)
                : updates.get(updates.size() - 1).cursor();
        return new ExchangeUpdates(updates, next);
    }

    /** One update as the feed and the webhooks show it, for a case reported through this channel. */
    public ExchangeUpdate update(Channel channel, PublicUpdate update) {
        var ticket = queries.ticketNumbers(List.of(update.caseId()), channel.accountId()).get(update.caseId());
        return update(update, ticket);
    }

    /** A public photo of one of the channel's cases, without metadata; empty for anything else. */
    public Optional<SharedPhoto> photo(Channel channel, String photoId) {
        if (photoId == null || photoId.length() > 64) {
            return Optional.empty();
        }
        return publicCases.publicPhoto(photoId).flatMap(number -> ownCase(channel, number))
                .flatMap(c -> photos.find(photoId))
                .map(p -> new SharedPhoto(p, photos.shareableCopy(photoId)));
    }

    /** A photo's metadata and its metadata-free bytes. */
    public record SharedPhoto(Photo photo, byte[] content) {}

    private ExchangeUpdate update(PublicUpdate u, String ticket) {
        return new ExchangeUpdate(u.caseNumber() + ":" + u.seq(), u.cursor(), u.caseNumber(), ticket, u.move(),
                u.publicStatus(), u.status(), u.note(), photoUrls(u.photoIds()), u.at());
    }

    private List<String> photoUrls(List<String> ids) {
        return ids.stream().map(id -> properties.link(ROOT + "/photos/" + id)).toList();
    }

    private Map<String, String> links(String number) {
        var links = new LinkedHashMap<String, String>();
        links.put("self", properties.link(ROOT + "/cases/" + number));
        links.put("updates", properties.link(ROOT + "/updates"));
        return links;
    }

    private PublicCase own(Channel channel, String caseNumber) {
        return ownCase(channel, caseNumber)
                .orElseThrow(() -> UrbanGridException.notFound("exchange.error.case-not-found", String.valueOf(caseNumber)));
    }

    private Optional<PublicCase> ownCase(Channel channel, String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank() || caseNumber.length() > 32) {
            return Optional.empty();
        }
        return publicCases.search(new PublicQuery(List.of(caseNumber.strip()), null, null, null, null, null, null, null,
                channel.accountId(), null, 0, 1)).stream().findFirst();
    }

    /** The work order as a report of the channel, every field checked (400 naming it). */
    private NewReport report(Channel channel, WorkOrder order) {
        if (order == null) {
            throw required("ticketId");
        }
        var ticket = order.ticketId() == null ? null : order.ticketId().strip();
        if (ticket == null || ticket.isEmpty()) {
            throw required("ticketId");
        }
        if (!ticket.matches(NewReport.TICKET)) {
            throw UrbanGridException.invalid("exchange.error.ticket-id").with("field", "ticketId");
        }
        var source = order.source() == null ? channel.source() : order.source();
        if (source != channel.source() || !channel.kind().allows(source)) {
            throw UrbanGridException.invalid("exchange.error.source", source, channel.source()).with("field", "source");
        }
        if (order.description() == null || order.description().isBlank()) {
            throw required("description");
        }
        if (order.description().length() > 1000) {
            throw UrbanGridException.invalid("exchange.error.too-long", "description", 1000).with("field", "description");
        }
        if (order.conditionCode() != null && !order.conditionCode().isBlank()
                && !order.conditionCode().strip().matches("[CE]\\d{4}-\\d{2}")) {
            throw UrbanGridException.invalid("exchange.error.condition-code").with("field", "conditionCode");
        }
        if (order.reportedAt() != null && order.reportedAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw UrbanGridException.invalid("exchange.error.reported-at-future").with("field", "reportedAt");
        }
        double[] position = position(order);
        var condition = order.conditionCode() == null || order.conditionCode().isBlank() ? null
                : order.conditionCode().strip();
        return new NewReport(source, position[0], position[1], condition, order.description().strip(), null, null,
                null, order.complexity(), ticket, order.callerName(), order.callerPhone());
    }

    private double[] position(WorkOrder order) {
        var lat = order.latitude();
        var lng = order.longitude();
        if (lat != null || lng != null) {
            if (lat == null) {
                throw required("latitude");
            }
            if (lng == null) {
                throw required("longitude");
            }
            if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
                throw UrbanGridException.invalid("exchange.error.latitude").with("field", "latitude");
            }
            if (!Double.isFinite(lng) || lng < -180 || lng > 180) {
                throw UrbanGridException.invalid("exchange.error.longitude").with("field", "longitude");
            }
            return new double[] {lat, lng};
        }
        var address = order.address() == null ? null : order.address().strip();
        if (address == null || address.isEmpty()) {
            throw UrbanGridException.invalid("exchange.error.position").with("field", "latitude");
        }
        if (address.length() > MAX_ADDRESS) {
            throw UrbanGridException.invalid("exchange.error.too-long", "address", MAX_ADDRESS).with("field", "address");
        }
        var places = gazetteer.search(address, 1);
        if (places.isEmpty()) {
            throw UrbanGridException.invalid("exchange.error.address-unknown", address).with("field", "address");
        }
        return new double[] {places.get(0).latitude(), places.get(0).longitude()};
    }

    private static UrbanGridException required(String field) {
        return UrbanGridException.invalid("exchange.error.required", field).with("field", field);
    }

}
