package org.urbangrid.cases.internal;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.urbangrid.cases.RequestKind;
import org.urbangrid.deadline.Deadlines;
import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.deadline.TimeLimit;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.StaffPrincipal;

/**
 * The overdue marker against a concurrent save, interleaved by hand: the saving node reads the case, the marker
 * (on the same or another node, in a transaction of its own) marks it overdue and commits, then the saving node
 * saves its move. Returns the {@code overdue} flag as stored afterwards.
 */
public final class OverdueRace {

    /** What the saving node does to the case it read. */
    public enum Save {
        /** Saves it unchanged, as any move that leaves the deadline alone would. */
        AS_READ,
        /** The lead department's handler asks for two more work hours: the deadline stays until approved. */
        REQUEST_EXTENSION,
        /** The dispatcher approves a pending extension: a new deadline, so the case is no longer overdue. */
        APPROVE_EXTENSION
    }

    private OverdueRace() {}

    public static boolean markDuringSave(ApplicationContext saver, ApplicationContext marker, long caseId, Save save) {
        var cases = saver.getBean(Cases.class);
        var clock = saver.getBean(Clock.class);
        var deadlines = saver.getBean(Deadlines.class);
        var tx = new TransactionTemplate(saver.getBean(PlatformTransactionManager.class));
        tx.executeWithoutResult(status -> {
            var kase = cases.find(caseId).orElseThrow();
            if (kase.data.overdue) {
                throw new IllegalStateException("case " + caseId + " was already marked before the race");
            }
            int marked = CompletableFuture.supplyAsync(() -> marker.getBean(OverdueMarker.class).markOverdue()).join();
            if (marked == 0 || !overdue(marker, caseId)) {
                throw new IllegalStateException("the marker did not mark case " + caseId + " (is it past due?)");
            }
            var now = clock.instant();
            switch (save) {
                case AS_READ -> { }
                case REQUEST_EXTENSION -> kase.request(staff(saver, "handler"), RequestKind.EXTENSION, "需要调车",
                        new TimeLimit(2, LimitUnit.WORK_HOURS), now);
                case APPROVE_EXTENSION -> kase.approveRequest(staff(saver, "dispatcher"), "同意延期", now, deadlines);
            }
            cases.update(kase);
        });
        return overdue(saver, caseId);
    }

    private static boolean overdue(ApplicationContext node, long caseId) {
        return node.getBean(JdbcClient.class).sql("select overdue from cases where id = ?").param(caseId)
                .query(Boolean.class).single();
    }

    private static StaffPrincipal staff(ApplicationContext node, String username) {
        return node.getBean(Organization.class).staffByUsername(username).map(StaffPrincipal::of).orElseThrow();
    }
}
