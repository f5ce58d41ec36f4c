package org.urbangrid.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.cases.CaseMove.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.RequestKind;
import org.urbangrid.organization.Role;

/** The table of legal moves, written out again by hand from DOMAIN §4 so a change to either shows here. */
class MoveTableTest {

    private static final Set<CaseMove> ANY_OPEN = EnumSet.of(REQUEST_CANCEL, URGE);
    /** Moderation (公开审核, 屏蔽) stands beside every state, ended ones too, whatever is pending. */
    private static final Set<CaseMove> ANY = EnumSet.of(APPROVE_PUBLIC, HIDE_PUBLIC);

    private static final Map<CaseStatus, Set<CaseMove>> EXPECTED = new EnumMap<>(Map.ofEntries(
            Map.entry(CaseStatus.REPORTED, with(ACCEPT, SEND_TO_VERIFY, TRANSFER_BACK, MERGE)),
            Map.entry(CaseStatus.VERIFYING, with(VERIFY_TRUE, VERIFY_FALSE, TRANSFER_BACK, MERGE)),
            Map.entry(CaseStatus.PENDING_FILING, with(FILE, REFUSE, TRANSFER_BACK, MERGE)),
            Map.entry(CaseStatus.PENDING_DISPATCH, with(DISPATCH, MERGE)),
            Map.entry(CaseStatus.DISPATCHED, with(REPORT_MADE_SAFE, REPORT_HANDLED, REQUEST_EXTENSION, REQUEST_RETURN, REQUEST_SUSPENSION)),
            Map.entry(CaseStatus.SUSPENDED, with(RESUME)),
            Map.entry(CaseStatus.HANDLED, with(SEND_TO_CHECK)),
            Map.entry(CaseStatus.CHECKING, with(CHECK_PASS, CHECK_FAIL)),
            Map.entry(CaseStatus.PENDING_CLOSE, with(CLOSE)),
            Map.entry(CaseStatus.CLOSED, ended(REOPEN)),
            Map.entry(CaseStatus.CANCELLED, ended()),
            Map.entry(CaseStatus.INVALID, ended()),
            Map.entry(CaseStatus.NOT_FILED, ended()),
            Map.entry(CaseStatus.MERGED, ended(SEPARATE))));

    private static Set<CaseMove> with(CaseMove... moves) {
        var set = EnumSet.copyOf(ANY_OPEN);
        set.addAll(ANY);
        set.addAll(Set.of(moves));
        return set;
    }

    private static Set<CaseMove> ended(CaseMove... moves) {
        var set = EnumSet.copyOf(ANY);
        set.addAll(Set.of(moves));
        return set;
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void each_state_allows_exactly_its_moves_when_nothing_is_pending(CaseStatus status) {
        assertThat(MoveTable.legalFrom(status, null)).containsExactlyInAnyOrderElementsOf(EXPECTED.get(status));
    }

    @ParameterizedTest
    @EnumSource(value = RequestKind.class, names = {"EXTENSION", "RETURN", "SUSPENSION"})
    void a_department_request_waits_for_the_dispatcher_and_blocks_another_request(RequestKind kind) {
        assertThat(MoveTable.legalFrom(CaseStatus.DISPATCHED, kind))
                .containsExactlyInAnyOrder(REPORT_MADE_SAFE, REPORT_HANDLED, APPROVE_REQUEST, REFUSE_REQUEST, URGE,
                        APPROVE_PUBLIC, HIDE_PUBLIC);
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"REPORTED", "VERIFYING", "PENDING_FILING", "PENDING_DISPATCH",
            "DISPATCHED", "SUSPENDED", "HANDLED", "CHECKING", "PENDING_CLOSE"})
    void a_pending_cancellation_freezes_the_case_until_the_shift_leader_decides(CaseStatus status) {
        assertThat(MoveTable.legalFrom(status, RequestKind.CANCEL))
                .containsExactlyInAnyOrder(APPROVE_CANCEL, REFUSE_CANCEL, URGE, APPROVE_PUBLIC, HIDE_PUBLIC);
    }

    @Test
    void each_role_gets_only_its_own_moves() {
        assertThat(MoveTable.legalFor(CaseStatus.REPORTED, null, Role.OPERATOR))
                .containsExactlyInAnyOrder(ACCEPT, SEND_TO_VERIFY, REQUEST_CANCEL, TRANSFER_BACK, MERGE, APPROVE_PUBLIC,
                        HIDE_PUBLIC);
        assertThat(MoveTable.legalFor(CaseStatus.REPORTED, null, Role.DISPATCHER)).containsExactly(REQUEST_CANCEL);
        assertThat(MoveTable.legalFor(CaseStatus.PENDING_FILING, null, Role.SHIFT_LEADER))
                .containsExactlyInAnyOrder(FILE, REFUSE, TRANSFER_BACK);
        assertThat(MoveTable.legalFor(CaseStatus.CLOSED, null, Role.CHANNEL)).containsExactly(REOPEN);
        assertThat(MoveTable.legalFor(CaseStatus.REPORTED, null, Role.CHANNEL)).isEmpty();
        assertThat(MoveTable.legalFor(CaseStatus.MERGED, null, Role.OPERATOR))
                .containsExactlyInAnyOrder(SEPARATE, APPROVE_PUBLIC, HIDE_PUBLIC);
        assertThat(MoveTable.legalFor(CaseStatus.DISPATCHED, null, Role.HANDLER))
                .containsExactlyInAnyOrder(REPORT_MADE_SAFE, REPORT_HANDLED, REQUEST_EXTENSION, REQUEST_RETURN,
                        REQUEST_SUSPENSION);
        assertThat(MoveTable.legalFor(CaseStatus.DISPATCHED, RequestKind.RETURN, Role.DISPATCHER))
                .containsExactlyInAnyOrder(APPROVE_REQUEST, REFUSE_REQUEST);
        assertThat(MoveTable.legalFor(CaseStatus.CHECKING, null, Role.LEADER)).containsExactly(URGE);
        assertThat(MoveTable.legalFor(CaseStatus.CHECKING, null, Role.ADMIN)).isEmpty();
    }
}
