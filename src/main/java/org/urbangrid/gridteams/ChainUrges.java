package org.urbangrid.gridteams;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.cases.CaseQueries;
import org.urbangrid.cases.CaseView;
import org.urbangrid.duty.Answerable;
import org.urbangrid.duty.WhoAnswers;
import org.urbangrid.duty.Where;
import org.urbangrid.gridteams.internal.TeamRows;
import org.urbangrid.notifications.NewNotification;
import org.urbangrid.notifications.Notifications;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Role;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.platform.UrbanGridException;

/**
 * 沿责任链督办: a leader urges people answerable at a case's place — everyone {@link WhoAnswers} names there (the grid's
 * team and chain, and the frontage units and chiefs of the other duty systems). Each urge is recorded (case, person
 * key, message, answer-by day, by whom, when) and the person is told through the notification outbox in the same
 * transaction: an SMS to their phone when one is known, a log notice otherwise.
 *
 * <p>Only leaders ({@link Role#LEADER}) urge and read urges, and only on a case they may see: a leader scoped to a
 * street sees (and urges on) their street's cases only; another street's case is 404 as everywhere.
 */
@Service
public class ChainUrges {

    /** The furthest ahead an answer may be asked for, as for a case's urge. */
    public static final int MAX_DAYS_AHEAD = 90;
    public static final int MAX_MESSAGE = 500;
    private static final int LIST_LIMIT = 200;

    private final CaseQueries cases;
    private final WhoAnswers who;
    private final TeamRows rows;
    private final Notifications notifications;
    private final CurrentStaff current;
    private final Clock clock;
    private final PlatformProperties platform;

    ChainUrges(CaseQueries cases, WhoAnswers who, TeamRows rows, Notifications notifications, CurrentStaff current,
            Clock clock, PlatformProperties platform) {
        this.cases = cases;
        this.who = who;
        this.rows = rows;
        this.notifications = notifications;
        this.current = current;
        this.clock = clock;
        this.platform = platform;
    }

    /** The case as the leader sees it (404 when they may not see it). */
    public CaseView caseFor(long caseId) {
        current.require(Role.LEADER);
        return cases.view(caseId);
    }

    /** Everyone answerable at the case's place, in {@link org.urbangrid.duty.Duty} order. */
    public List<Answerable> answerable(CaseView view) {
        return who.at(new Where(view.latitude(), view.longitude(), view.unitGridCode(), view.communityCode(),
                view.streetCode()));
    }

    /** The urges made on the case, newest first. */
    public List<ChainUrge> urges(long caseId) {
        caseFor(caseId);
        return rows.urges(caseId, LIST_LIMIT);
    }

    /**
     * Urges each chosen person (by key, each answerable at the case's place now) with the message, to answer by the
     * day (today up to {@value #MAX_DAYS_AHEAD} days ahead). 400 naming {@code keys}, {@code message} or
     * {@code answerBy}; nothing is stored then.
     */
    @Transactional
    public List<ChainUrge> urge(long caseId, List<String> keys, String message, LocalDate answerBy) {
        var me = current.require(Role.LEADER);
        var view = cases.view(caseId);
        var chosen = new LinkedHashSet<String>();
        (keys == null ? List.<String>of() : keys).stream().filter(k -> k != null && !k.isBlank())
                .map(String::strip).forEach(chosen::add);
        if (chosen.isEmpty()) {
            throw UrbanGridException.invalid("gridteams.error.urge-nobody").with("field", "keys");
        }
        var here = new LinkedHashMap<String, Answerable>();
        for (var a : answerable(view)) {
            here.putIfAbsent(a.key(), a);
        }
        for (var key : chosen) {
            if (!here.containsKey(key)) {
                throw UrbanGridException.invalid("gridteams.error.urge-not-here", key).with("field", "keys");
            }
        }
        var text = message == null ? "" : message.strip();
        if (text.isEmpty()) {
            throw UrbanGridException.invalid("gridteams.error.required", "message").with("field", "message");
        }
        if (text.length() > MAX_MESSAGE) {
            throw UrbanGridException.invalid("gridteams.error.too-long", "message", MAX_MESSAGE).with("field", "message");
        }
        var today = LocalDate.now(clock.withZone(platform.zone()));
        if (answerBy == null || answerBy.isBefore(today) || answerBy.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw UrbanGridException.invalid("gridteams.error.answer-by", MAX_DAYS_AHEAD).with("field", "answerBy");
        }
        var made = new ArrayList<Long>();
        for (var key : chosen) {
            var person = here.get(key);
            long id = rows.insertUrge(caseId, key, person.name(), person.duty(), text, answerBy, me.id(),
                    me.displayName(), clock.instant());
            var body = "【督办】案件 %s(%s)%s:%s 请于 %s 前答复。督办人:%s".formatted(view.number(),
                    view.address() == null ? "" : view.address(), person.placeName() == null ? "" : person.placeName(),
                    text, answerBy, me.displayName());
            var notice = person.phone() != null && !person.phone().isBlank()
                    ? NewNotification.sms(person.phone(), "gridteams.urge", body)
                    : NewNotification.log(person.name() + " (" + key + ")", "gridteams.urge",
                            "督办 " + view.number(), body);
            long notificationId = notifications.enqueue(notice.dedupedBy("gridteams:urge-" + id));
            rows.setUrgeNotification(id, notificationId);
            made.add(id);
        }
        return rows.urges(caseId, LIST_LIMIT).stream().filter(u -> made.contains(u.id())).toList();
    }
}
