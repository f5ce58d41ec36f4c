package org.urbangrid.catalog.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.catalog.CatalogClass;
import org.urbangrid.catalog.CategoryKind;
import org.urbangrid.catalog.FilingCondition;
import org.urbangrid.deadline.LimitBounds;
import org.urbangrid.deadline.TimeLimit;
import org.urbangrid.platform.ClusterSignals;
import org.urbangrid.platform.UrbanGridException;

/**
 * The catalogue as data: lookups for case intake, and the administrator's edits. Conditions are never deleted,
 * because cases keep their codes; an administrator deactivates them instead. Intake's lookups (a class, a
 * condition, a class's conditions) read an in-memory snapshot of the few hundred rows, reloaded after every edit
 * here and, through the {@value #CACHE} version in {@link ClusterSignals}, on every other node within a poll.
 */
@Service
public class CatalogService implements Catalog {

    /** A city's own classes live in major class 21: C21xx components, E21xx events. */
    static final Pattern LOCAL_CLASS_CODE = Pattern.compile("[CE]21\\d{2}");
    static final String LOCAL_MAJOR = "21";

    static final String CACHE = "catalog";

    private record Snapshot(Map<String, CatalogClass> classes, Map<String, FilingCondition> conditions,
            Map<String, List<FilingCondition>> byClass) {}

    private final CatalogStore store;
    private final ClusterSignals signals;
    private final org.urbangrid.audit.AuditLog audit;
    private volatile Snapshot snapshot;

    CatalogService(CatalogStore store, ClusterSignals signals, org.urbangrid.audit.AuditLog audit) {
        this.store = store;
        this.signals = signals;
        this.audit = audit;
        signals.register(CACHE, this::reload);
    }

    @Override
    public Optional<FilingCondition> condition(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot().conditions().get(code));
    }

    @Override
    public FilingCondition requireActiveCondition(String code) {
        var condition = condition(code).orElseThrow(
                () -> UrbanGridException.invalid("error.catalog.condition-unknown", code).with("condition", code));
        boolean classActive = findClass(condition.classCode()).map(CatalogClass::active).orElse(false);
        if (!condition.active() || !classActive) {
            throw UrbanGridException.invalid("error.catalog.condition-inactive", code).with("condition", code);
        }
        return condition;
    }

    @Override
    public Optional<CatalogClass> findClass(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot().classes().get(code));
    }

    @Override
    public List<FilingCondition> conditionsOf(String classCode) {
        return snapshot().byClass().getOrDefault(classCode, List.of());
    }

    @Override
    public List<CatalogClass> classes(CategoryKind kind, String text) {
        return store.classes(kind, text == null || text.isBlank() ? null : text);
    }

    /** As stored now (also inside an edit's transaction, before the snapshot follows). */
    public CatalogClass requireClass(String code) {
        return Optional.ofNullable(code).flatMap(store::findClass)
                .orElseThrow(() -> UrbanGridException.notFound("error.catalog.class-unknown", code));
    }

    /** As stored now (also inside an edit's transaction, before the snapshot follows). */
    public FilingCondition requireCondition(String code) {
        return Optional.ofNullable(code).flatMap(store::condition)
                .orElseThrow(() -> UrbanGridException.notFound("error.catalog.condition-unknown", code));
    }

    /** Adds a local class (21xx) with its first conditions; a class without a condition could not be filed. */
    @Transactional
    public CatalogClass createLocalClass(String code, String name, List<ConditionSpec> conditions) {
        return createLocalClass(code, name, null, conditions);
    }

    /** A local class with its English name (null or blank for none). */
    @Transactional
    public CatalogClass createLocalClass(String code, String name, String nameEn, List<ConditionSpec> conditions) {
        if (code == null || !LOCAL_CLASS_CODE.matcher(code).matches()) {
            throw UrbanGridException.invalid("error.catalog.class-code-invalid", code).with("classCode", code);
        }
        if (store.findClass(code).isPresent()) {
            throw UrbanGridException.conflict("error.catalog.class-code-taken", code).with("classCode", code);
        }
        if (conditions == null || conditions.isEmpty()) {
            throw UrbanGridException.invalid("error.catalog.class-needs-condition", code);
        }
        var kind = code.charAt(0) == 'C' ? CategoryKind.COMPONENT : CategoryKind.EVENT;
        store.insertClass(code, kind, LOCAL_MAJOR, name.trim(), english(nameEn, null), true);
        signals.changed(CACHE);
        conditions.forEach(spec -> addCondition(code, spec));
        return audit.recorded("catalog", "create-class", code, null, requireClass(code));
    }

    @Transactional
    public CatalogClass updateClass(String code, String name, boolean active) {
        return updateClass(code, name, null, active);
    }

    /** Renames or (de)activates a class; {@code nameEn} null keeps the English name, blank removes it. */
    @Transactional
    public CatalogClass updateClass(String code, String name, String nameEn, boolean active) {
        var before = requireClass(code);
        store.updateClass(code, name.trim(), english(nameEn, before.nameEn()), active);
        signals.changed(CACHE);
        return audit.recorded("catalog", "update-class", code, before, requireClass(code));
    }

    /** Appends a condition numbered after the class's last one: {@code E2101-01}, {@code E2101-02} … */
    @Transactional
    public FilingCondition addCondition(String classCode, ConditionSpec spec) {
        requireClass(classCode);
        store.lockClass(classCode); // concurrent additions to one class take their numbers one after the other
        int next = store.lastConditionNumber(classCode) + 1;
        if (next > 99) {
            throw UrbanGridException.conflict("error.catalog.conditions-full", classCode);
        }
        var code = "%s-%02d".formatted(classCode, next);
        store.insertCondition(code, classCode, trimmed(spec, null, null));
        signals.changed(CACHE);
        return audit.recorded("catalog", "add-condition", code, null, requireCondition(code));
    }

    @Transactional
    public FilingCondition updateCondition(String code, ConditionSpec spec) {
        var current = requireCondition(code);
        boolean active = spec.active() == null ? current.active() : spec.active();
        store.updateCondition(code, trimmed(spec, current.safeLimit(), current.nameEn()), active);
        signals.changed(CACHE);
        return audit.recorded("catalog", "update-condition", code, current, requireCondition(code));
    }

    private static ConditionSpec trimmed(ConditionSpec spec, TimeLimit currentSafeLimit, String currentNameEn) {
        org.urbangrid.deadline.LimitBounds.require("limitAmount", spec.limit()); // 400 naming the field when too long
        return new ConditionSpec(spec.description().trim(), spec.limit(), spec.closingCondition().trim(),
                spec.active(), safeLimit(spec, currentSafeLimit), false, english(spec.nameEn(), currentNameEn));
    }

    /** An English name as stored: null keeps the current one, blank removes it, at most 500 characters. */
    private static String english(String nameEn, String current) {
        if (nameEn == null) {
            return current;
        }
        var trimmed = nameEn.strip();
        if (trimmed.length() > 500) {
            throw UrbanGridException.invalid("error.catalog.name-en-too-long", 500).with("field", "nameEn");
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * 先期处置时限: the first step kept, set or removed; within {@link LimitBounds} and shorter than the handling
     * limit when the two can be compared without the calendar (400 naming {@code safeLimitAmount}).
     */
    private static TimeLimit safeLimit(ConditionSpec spec, TimeLimit current) {
        var safe = spec.noSafeLimit() ? null : spec.safeLimit() != null ? spec.safeLimit() : current;
        if (safe == null) {
            return null;
        }
        LimitBounds.require("safeLimitAmount", safe);
        var safeMinutes = minutes(safe);
        var limitMinutes = minutes(spec.limit());
        if (safeMinutes != null && limitMinutes != null && natural(safe) == natural(spec.limit())
                && safeMinutes >= limitMinutes) {
            throw UrbanGridException.invalid("error.catalog.safe-limit-not-shorter", safe.amount(), spec.limit().amount())
                    .with("field", "safeLimitAmount");
        }
        return safe;
    }

    private static boolean natural(TimeLimit limit) {
        return limit.unit().name().startsWith("NATURAL");
    }

    /** Minutes of a limit counted in minutes or hours; null for work days (their length is the calendar's). */
    private static Long minutes(TimeLimit limit) {
        return switch (limit.unit()) {
            case NATURAL_MINUTES, WORK_MINUTES -> (long) limit.amount();
            case NATURAL_HOURS, WORK_HOURS -> limit.amount() * 60L;
            case WORK_DAYS -> null;
        };
    }

    /** Re-reads classes and conditions; after an edit here or on another node. */
    synchronized void reload() {
        var classes = store.classes(null, null).stream()
                .collect(Collectors.toMap(CatalogClass::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        var conditions = store.allConditions().stream()
                .collect(Collectors.toMap(FilingCondition::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        var byClass = conditions.values().stream().collect(Collectors.groupingBy(FilingCondition::classCode,
                Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
        snapshot = new Snapshot(Map.copyOf(classes), Map.copyOf(conditions), Map.copyOf(byClass));
    }

    private Snapshot snapshot() {
        var current = snapshot;
        if (current == null) {
            reload();
            current = snapshot;
        }
        return current;
    }
}
