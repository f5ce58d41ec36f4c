package org.urbangrid.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.urbangrid.organization.Role;

/** The queue predicates derived from the move table read as a person would write them. */
class QueueRulesTest {

    @Test
    void each_roles_queue_is_the_states_where_it_has_work() {
        assertThat(QueueRules.of(Role.INSPECTOR).sql()).isEqualTo(
                "((status in ('VERIFYING', 'CHECKING') and pending_kind is null and assigned_inspector_id = :me))");
        assertThat(QueueRules.of(Role.OPERATOR).sql()).isEqualTo(
                "((status in ('REPORTED', 'HANDLED') and pending_kind is null))");
        assertThat(QueueRules.of(Role.HANDLER).sql()).isEqualTo(
                "((status in ('DISPATCHED') and (pending_kind is null or pending_kind <> 'CANCEL') and lead_department_id = :dept))");
        assertThat(QueueRules.of(Role.LEADER).sql()).contains("overdue = true");
        assertThat(QueueRules.of(Role.ADMIN).sql()).isEqualTo("1 = 0");
        assertThat(QueueRules.of(Role.INSPECTOR).needsMe()).isTrue();
        assertThat(QueueRules.of(Role.HANDLER).needsDepartment()).isTrue();
        assertThat(QueueRules.of(Role.DISPATCHER).sql()).contains("'PENDING_DISPATCH', 'SUSPENDED'")
                .contains("pending_kind in ('EXTENSION', 'RETURN', 'SUSPENSION')");
        assertThat(QueueRules.of(Role.SHIFT_LEADER).sql()).contains("'PENDING_FILING', 'PENDING_CLOSE'")
                .contains("pending_kind = 'CANCEL'");
    }
}
