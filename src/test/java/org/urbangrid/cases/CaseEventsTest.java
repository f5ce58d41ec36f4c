package org.urbangrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.cases.CaseFlows.ok;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;
import org.urbangrid.cases.CaseEvent.CaseAccepted;
import org.urbangrid.cases.CaseEvent.CaseDispatched;
import org.urbangrid.cases.CaseEvent.CaseFiled;
import org.urbangrid.cases.CaseEvent.CaseReported;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.StaffPrincipal;

/**
 * Each move publishes exactly its domain event through Spring Modulith's publication registry; a listener gets
 * it after the move commits and never when it rolls back.
 */
@Import(CaseEventsTest.Listener.class)
class CaseEventsTest extends CaseIntegrationTest {

    /** Takes every case event after commit, as assessment, webhooks and the big screen will. */
    @TestComponent
    static class Listener {
        private final List<CaseEvent> received = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        public void on(CaseEvent event) {
            received.add(event);
        }

        /** (Read through a method: the bean may be a proxy.) */
        public List<CaseEvent> received() {
            return received;
        }
    }

    @Autowired
    Listener listener;

    @Autowired
    CaseManagement management;

    @Autowired
    Organization organization;

    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void clear() {
        listener.received().clear();
    }

    private void signIn(String username) {
        var staff = StaffPrincipal.of(organization.staffByUsername(username).orElseThrow());
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(staff, null, List.of()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void each_move_registers_exactly_its_event_received_after_commit() {
        long id = flows().reportedByInspector();
        assertThat(listener.received()).singleElement().isInstanceOfSatisfying(CaseReported.class, e -> {
            assertThat(e.facts().caseId()).isEqualTo(id);
            assertThat(e.facts().move()).isEqualTo(CaseMove.REPORT);
            assertThat(e.facts().to()).isEqualTo(CaseStatus.REPORTED);
            assertThat(e.facts().source()).isEqualTo(CaseSource.INSPECTOR);
            assertThat(e.facts().unitGridCode()).isEqualTo(CaseFlows.INSPECTOR_GRID);
            assertThat(e.facts().classCode()).isEqualTo("E0102");
        });
        ok(flows().move("operator", id, "accept", null));
        ok(flows().move("shiftleader", id, "file", null));
        ok(flows().move("dispatcher", id, "dispatch", null));
        assertThat(listener.received()).hasSize(4);
        assertThat(listener.received().get(1)).isInstanceOf(CaseAccepted.class);
        assertThat(listener.received().get(2)).isInstanceOfSatisfying(CaseFiled.class,
                e -> assertThat(e.conditionCode()).isEqualTo("E0102-01"));
        assertThat(listener.received().get(3)).isInstanceOfSatisfying(CaseDispatched.class, e -> {
            assertThat(e.facts().from()).isEqualTo(CaseStatus.PENDING_DISPATCH);
            assertThat(e.facts().to()).isEqualTo(CaseStatus.DISPATCHED);
            assertThat(e.facts().leadDepartmentId()).isNotNull();
            assertThat(e.facts().stageOnTime()).isTrue();
        });
        // A refused move publishes nothing.
        assertThat(flows().move("operator", id, "accept", null)).hasStatus(409);
        assertThat(listener.received()).hasSize(4);
        // The registry kept each publication until its listener finished, then deleted it (completion-mode delete).
        assertPublicationsCompleted();
    }

    @Test
    void a_move_rolled_back_publishes_nothing() {
        long id = flows().reportedByInspector();
        listener.received().clear();
        signIn("operator");
        tx.executeWithoutResult(status -> {
            management.move(id, CaseMove.ACCEPT, null);
            status.setRollbackOnly();
        });
        assertThat(listener.received()).isEmpty();
        assertThat(flows().status(id)).isEqualTo("REPORTED");
        signIn("operator");
        tx.executeWithoutResult(status -> management.move(id, CaseMove.ACCEPT, null));
        assertThat(listener.received()).singleElement().isInstanceOf(CaseAccepted.class);
        assertPublicationsCompleted();
    }

    /** Module listeners run asynchronously after commit (the assessment ledger's): each finishes within seconds. */
    private void assertPublicationsCompleted() {
        long open = -1;
        for (int i = 0; i < 500 && open != 0; i++) {
            open = jdbc.sql("select count(*) from event_publication").query(Long.class).single();
            if (open != 0) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        assertThat(open).isZero();
    }
}
