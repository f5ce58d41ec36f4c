package org.urbangrid.console.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.urbangrid.audit.AuditEntry;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.StaffMember;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log as people read it: who (name and role), what (the subject's name), and the fields a change touched
 * with their old and new values, instead of two JSON snapshots.
 */
@Component
class AuditView {

    /** One changed field; {@code before} null when added, {@code after} null when removed. */
    record Change(String field, String before, String after) {}

    /**
     * One entry as the page shows it.
     *
     * @param actor the person now (display name, role), empty for the system or someone gone
     * @param name the subject's name from its snapshot (name, display name, description), or null
     */
    record Row(AuditEntry entry, Optional<StaffMember> actor, String name, List<Change> changes) {}

    /** Snapshot fields that say nothing to a reader or repeat the subject. */
    private static final Set<String> SKIPPED = Set.of("id", "createdAt", "updatedAt", "passwordHash", "areaLevel",
            "categoryLevel");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Organization organization;
    private final Grids grids;
    private final Refusals words;

    AuditView(Organization organization, Grids grids, Refusals words) {
        this.organization = organization;
        this.grids = grids;
        this.words = words;
    }

    List<Row> rows(List<AuditEntry> entries) {
        var people = new HashMap<Long, Optional<StaffMember>>();
        return entries.stream().map(e -> {
            var actor = e.actorId() == null ? Optional.<StaffMember>empty()
                    : people.computeIfAbsent(e.actorId(), organization::staff);
            var before = flatten(e.before());
            var after = flatten(e.after());
            var changes = changes(before, after).stream()
                    .map(c -> new Change(c.field(), readable(c.field(), c.before()), readable(c.field(), c.after())))
                    .toList();
            return new Row(e, actor, name(after.isEmpty() ? before : after), changes);
        }).toList();
    }

    static List<Change> changes(Map<String, String> before, Map<String, String> after) {
        var changes = new ArrayList<Change>();
        var fields = new LinkedHashMap<String, Boolean>();
        before.keySet().forEach(k -> fields.put(k, true));
        after.keySet().forEach(k -> fields.put(k, true));
        for (var field : fields.keySet()) {
            var old = before.get(field);
            var now = after.get(field);
            if (SKIPPED.contains(field) || (old == null ? now == null : old.equals(now))) {
                continue;
            }
            changes.add(new Change(field, old, now));
        }
        return changes;
    }

    /** Ids and codes as names (department, street or area, role), yes/no for flags; other values as they are. */
    private String readable(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return switch (field) {
                case "departmentId", "leadDepartmentId", "ownerDepartmentId" -> organization
                        .department(Long.parseLong(value)).map(d -> d.localName() + " (#" + value + ")").orElse(value);
                case "streetCode", "areaCode", "unitGridCode" -> grids.find(value)
                        .map(g -> g.localName() + " (" + value + ")").orElse(value);
                case "role" -> words.message("role." + value);
                case "active", "local" -> "true".equals(value) ? words.message("admin.yes")
                        : "false".equals(value) ? words.message("admin.no") : value;
                default -> value;
            };
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private static String name(Map<String, String> snapshot) {
        for (var field : List.of("displayName", "name", "description", "username")) {
            if (snapshot.get(field) != null) {
                return snapshot.get(field);
            }
        }
        return null;
    }

    /** A JSON snapshot as field → text (nested objects as {@code limit.amount}; lists as JSON), empty for none. */
    static Map<String, String> flatten(String json) {
        var fields = new LinkedHashMap<String, String>();
        if (json == null || json.isBlank()) {
            return fields;
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (RuntimeException e) {
            fields.put("value", json);
            return fields;
        }
        if (!root.isObject()) {
            fields.put("value", text(root));
            return fields;
        }
        flatten("", root, fields);
        return fields;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> fields) {
        for (var property : node.properties()) {
            var key = prefix + property.getKey();
            var value = property.getValue();
            if (value.isObject() && !value.isEmpty()) {
                flatten(key + ".", value, fields);
            } else if (!value.isNull()) {
                fields.put(key, text(value));
            }
        }
    }

    private static String text(JsonNode value) {
        return value.isValueNode() ? value.asString("") : value.toString();
    }
}
