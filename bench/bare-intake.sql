-- pgbench: the bare equivalent of one hotline report in the platform's own tables: one cases row (every
-- column the platform writes, bound as parameters) and its first case_history row, in one transaction.
\set grid random(1, 1000)
\set reporter random(1, 50)
BEGIN;
INSERT INTO cases (case_number, version, source, status, condition_code, class_code, handling_limit_amount,
    handling_limit_unit, description, latitude, longitude, address, unit_grid_code, community_code, street_code,
    component_code, reporter_id, reporter_contact, assigned_inspector_id, suggested_department_id, routing_note,
    lead_department_id, stage, stage_started_at, stage_limit_amount, stage_limit_unit, due_at, warn_at, suspended_at,
    overdue, handled_late, pending_kind, pending_reason, pending_ext_amount, pending_ext_unit, pending_by, pending_at,
    rework_count, return_count, extension_count, urge_count, last_urged_at, close_kind, reported_at, filed_at,
    dispatched_at, handled_at, closed_at, updated_at)
VALUES ('PGB-' || txid_current(), 0, 'HOTLINE_12345', 'REPORTED', NULL, NULL, NULL, NULL,
    'pgbench: 市民来电 路灯不亮', 38.85, 121.52, '凌水街道 凌水社区 黄浦路附近(约40米)',
    '210231001002' || lpad((:grid % 100)::text, 3, '0'), '210231001002', '210231001', NULL, :reporter, '138****0000',
    NULL, NULL, NULL, NULL, 'ACCEPT', now(), 10, 'WORK_MINUTES', now() + interval '10 minutes',
    now() + interval '8 minutes', NULL, false, false, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 0, 0, NULL, NULL,
    now(), NULL, NULL, NULL, NULL, now())
RETURNING id \gset
INSERT INTO case_history (case_id, seq, move, actor_id, actor_name, actor_role, at, from_status, to_status, comment,
    photo_ids, details, stage_on_time)
VALUES (:id, 1, 'REPORT', :reporter, '受理员', 'OPERATOR', now(), NULL, 'REPORTED', 'pgbench: 市民来电 路灯不亮',
    NULL, NULL, NULL);
END;
