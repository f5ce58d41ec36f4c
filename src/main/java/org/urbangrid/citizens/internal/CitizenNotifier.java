package org.urbangrid.citizens.internal;

import java.util.ArrayList;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.urbangrid.cases.CaseEvent;
import org.urbangrid.cases.PublicCase;
import org.urbangrid.cases.PublicCases;
import org.urbangrid.cases.PublicStatus;
import org.urbangrid.cases.PublicUpdate;
import org.urbangrid.citizens.PublicSite;
import org.urbangrid.notifications.NewNotification;
import org.urbangrid.notifications.Notifications;

/**
 * 进展通知: every public-facing move of a case ({@link PublicStatus#publicFacing}) is told to everyone holding a
 * tracking code of it — its reporters and followers, and the reporters of the duplicates merged into it (they follow
 * the main case) — and to the phones following its street or community. An SMS where a phone was given, else a log
 * notice (so the outbox shows that the citizen was told on the page); one per move and recipient (dedupe key
 * {@code citizens:case-<id>:seq-<n>:report-<id>} / {@code …:follow-<id>}), enqueued in the listener's transaction.
 */
@Component
class CitizenNotifier {

    static final String EVENT_TYPE = "citizens.case-update";

    private final PublicCases cases;
    private final CitizenRows rows;
    private final Notifications notifications;
    private final MessageSource messages;
    private final PublicSite site;
    private final String baseUrl;

    CitizenNotifier(PublicCases cases, CitizenRows rows, Notifications notifications, MessageSource messages,
            PublicSite site, @Value("${urbangrid.citizens.base-url:}") String baseUrl) {
        this.cases = cases;
        this.rows = rows;
        this.notifications = notifications;
        this.messages = messages;
        this.site = site;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void on(CaseEvent.Moved event) {
        var f = event.facts();
        if (!PublicStatus.publicFacing(f.move(), f.from(), f.to())) {
            return;
        }
        var kase = cases.byId(f.caseId()).orElse(null);
        if (kase == null) {
            return;
        }
        int seq = f.seq();
        var update = kase.timeline().stream().filter(u -> u.seq() == seq).findFirst().orElse(null);
        var ids = new ArrayList<Long>();
        ids.add(kase.id());
        ids.addAll(cases.duplicatesOf(kase.id()));
        for (var report : rows.ofCases(ids)) {
            var locale = Locale.forLanguageTag(report.lang());
            var text = text(kase, update, locale) + " " + messages.getMessage("citizens.notice.track", new Object[] {
                    baseUrl + "/public/track/" + report.trackingCode()}, locale);
            var dedupe = "citizens:case-" + kase.id() + ":seq-" + seq + ":report-" + report.id();
            var message = report.phone() != null
                    ? NewNotification.sms(report.phone(), EVENT_TYPE, text)
                    : NewNotification.log("citizen-report-" + report.id(), EVENT_TYPE, kase.number(),
                            text(kase, update, locale));
            notifications.enqueue(message.dedupedBy(dedupe));
        }
        for (var follower : rows.followersOf(kase.streetCode(), kase.communityCode())) {
            var locale = Locale.forLanguageTag(follower.lang());
            var text = text(kase, update, locale) + " " + messages.getMessage("citizens.notice.unfollow", new Object[] {
                    baseUrl + "/public/unfollow/" + follower.unfollowToken()}, locale);
            notifications.enqueue(NewNotification.sms(follower.phone(), EVENT_TYPE, text)
                    .dedupedBy("citizens:case-" + kase.id() + ":seq-" + seq + ":follow-" + follower.id()));
        }
    }

    /** "【City】Case 20261126-00017: Handled. The department says: …" */
    private String text(PublicCase kase, PublicUpdate update, Locale locale) {
        var status = update == null ? kase.publicStatus() : update.publicStatus();
        var line = new StringBuilder(messages.getMessage("citizens.notice.moved", new Object[] {site.cityName(locale),
                kase.number(), messages.getMessage("citizens.status." + status.name(), null, status.name(), locale)},
                locale));
        if (update != null && update.note() != null && !update.note().isBlank()) {
            var note = update.note().strip();
            line.append(' ').append(messages.getMessage("citizens.notice.note",
                    new Object[] {note.length() > 120 ? note.substring(0, 120) + "…" : note}, locale));
        }
        return line.toString();
    }
}
