package org.urbangrid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * No signal on the street: the phone keeps the report, shows it as waiting, and resends it with the same
 * Idempotency-Key when the network is back, so exactly one case exists: nothing lost, nothing doubled.
 * "No signal" is Chrome's own offline mode (DevTools {@code Network.emulateNetworkConditions}), or mobile.js's
 * {@code window.__urbangridOffline} switch where the test must hold the resend back.
 */
class OfflineResendBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void report_sent_without_signal_waits_on_the_phone_and_is_resent_once() {
        var phone = new Phone(phone());
        login(phone(), "inspector");
        var description = "离线测试:没有信号时的上报 " + System.nanoTime();
        phone.fillReport(photoFile("offline"), "暴露垃圾", "E0102", "E0102-01", description);

        offline(phone(), true);
        phone.send();
        phone.waitUntilWaiting(1);
        assertThat(phone.resultText()).contains("保存在手机上");
        screenshot(phone(), "45-phone-offline-waiting");
        assertThat(casesDescribed(description)).isZero();

        offline(phone(), false);
        phone.resendNow();
        phone.waitUntilWaiting(0);
        long caseId = phone.reportedCaseId();

        assertThat(casesDescribed(description)).isOne();
        assertThat(jdbc.sql("select id from cases where description = ?").param(description).query(Long.class).single())
                .isEqualTo(caseId);
        assertThat(keysOf(caseId)).isOne();
    }

    @Test
    void resend_after_the_server_saved_it_but_the_answer_was_lost_is_not_doubled() {
        var phone = new Phone(phone());
        login(phone(), "inspector");
        var description = "离线测试:回复丢失后的重发 " + System.nanoTime();
        phone.fillReport(photoFile("lost"), "暴露垃圾", "E0102", "E0102-01", description);
        // mobile.js's own switch: every send of the page fails as without signal (Chrome's offline mode would also
        // resend by itself on the 'online' event, before the lost answer below could be staged).
        phone().executeScript("window.__urbangridOffline = true");
        phone.send();
        phone.waitUntilWaiting(1);

        // The first attempt reached the server, but its answer never came back: replay the kept report's request
        // with its own Idempotency-Key from the phone, ignoring the answer; the report stays waiting on the phone.
        phone().executeAsyncScript(SEND_KEPT_REPORT_IGNORING_ANSWER);
        assertThat(casesDescribed(description)).isOne();
        assertThat(phone.waiting()).isOne();

        phone().executeScript("window.__urbangridOffline = false");
        phone.resendNow();
        phone.waitUntilWaiting(0);

        assertThat(phone.resultText()).contains("未重复立案");
        assertThat(phone.reportedCaseId()).isEqualTo(
                jdbc.sql("select id from cases where description = ?").param(description).query(Long.class).single());
        assertThat(casesDescribed(description)).isOne();
    }

    private long casesDescribed(String description) {
        return jdbc.sql("select count(*) from cases where description = ?").param(description).query(Long.class).single();
    }

    private long keysOf(long caseId) {
        return jdbc.sql("select count(*) from idempotency_key where case_id = ?").param(caseId).query(Long.class).single();
    }

    /** Reads the one kept report from the phone's IndexedDB outbox and posts it as mobile.js does; done() when answered. */
    private static final String SEND_KEPT_REPORT_IGNORING_ANSWER = """
            const done = arguments[arguments.length - 1];
            const open = indexedDB.open('urbangrid-mobile', 1);
            open.onsuccess = () => {
              const all = open.result.transaction('outbox', 'readonly').objectStore('outbox').getAll();
              all.onsuccess = () => {
                const item = all.result[0];
                const body = new FormData();
                Object.entries(item.fields).forEach(([k, v]) => { if (v) body.append(k, v); });
                item.photos.forEach((p) => body.append('photo', new Blob([p.data], { type: p.type }), p.name));
                const csrf = document.querySelector('meta[name="_csrf"]').content;
                const header = document.querySelector('meta[name="_csrf_header"]').content;
                fetch(window.URBANGRID_MOBILE.endpoint, { method: 'POST', body, credentials: 'same-origin',
                    headers: { 'Idempotency-Key': item.key, Accept: 'application/json', [header]: csrf } })
                  .then((r) => done(r.status), (e) => done(String(e)));
              };
            };
            """;
}
