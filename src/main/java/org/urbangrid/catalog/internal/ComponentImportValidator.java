package org.urbangrid.catalog.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.urbangrid.catalog.CatalogClass;
import org.urbangrid.catalog.CategoryKind;
import org.urbangrid.grid.Location;
import org.urbangrid.platform.UrbanGridException;

/**
 * Checks every row of an import and collects every reason a row is refused, so that one answer tells the
 * administrator all that is wrong with the file. Pure: what it needs to look up comes through {@link Lookups}.
 */
class ComponentImportValidator {

    /** What validation needs to know about the rest of the system. */
    interface Lookups {
        Optional<CatalogClass> findClass(String code);

        Optional<Long> departmentId(String code);

        /** The unit grid of a position; throws the grid module's 422 {@code error.grid.outside} when outside. */
        Location locate(double latitude, double longitude);

        /** Which of the codes are already in the register. */
        Set<String> existingCodes(Collection<String> codes);
    }

    record Result(List<NewComponent> components, List<ImportError> errors) {}

    private final Lookups lookups;

    ComponentImportValidator(Lookups lookups) {
        this.lookups = lookups;
    }

    Result validate(List<RawComponent> rows) {
        var errors = new ArrayList<ImportError>();
        var valid = new ArrayList<NewComponent>();
        var firstSeen = new HashMap<String, Integer>();
        var existing = lookups.existingCodes(rows.stream().map(RawComponent::code).filter(c -> c != null).toList());
        for (var row : rows) {
            var rowErrors = new ArrayList<ImportError>();
            var component = check(row, rowErrors);
            checkDuplicate(row, firstSeen, existing, rowErrors);
            errors.addAll(rowErrors);
            if (rowErrors.isEmpty()) {
                valid.add(component);
            }
        }
        return new Result(valid, errors);
    }

    private NewComponent check(RawComponent row, List<ImportError> errors) {
        var code = ComponentFields.code(row, errors);
        var catalogClass = componentClass(row, errors);
        if (code != null && catalogClass != null && !code.substring(6, 10).equals(catalogClass.digits())) {
            errors.add(ImportError.of(row, "error.component.class-mismatch", code.substring(6, 10), catalogClass.code()));
        }
        var location = locate(row, errors);
        if (code != null && location != null && !code.startsWith(location.districtCode())) {
            errors.add(ImportError.of(row, "error.component.county-mismatch", code.substring(0, 6),
                    location.districtCode()));
        }
        var owner = department(row, "ownerDept", row.ownerDept(), errors);
        var maintainer = department(row, "maintainerDept", row.maintainerDept(), errors);
        var state = ComponentFields.state(row, errors);
        var surveyDate = surveyDate(row, errors);
        var name = ComponentFields.text(row, "name", row.name(), 100, errors);
        var material = ComponentFields.text(row, "material", row.material(), 50, errors);
        var source = ComponentFields.text(row, "source", row.source(), 50, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new NewComponent(code, catalogClass.code(), name == null ? catalogClass.name() : name,
                Double.parseDouble(row.latitude().trim()), Double.parseDouble(row.longitude().trim()),
                location.unitGridCode(), owner, maintainer, state, material, surveyDate,
                source == null ? "IMPORT" : source);
    }

    private CatalogClass componentClass(RawComponent row, List<ImportError> errors) {
        var code = ComponentFields.blankToNull(row.classCode());
        var found = code == null ? Optional.<CatalogClass>empty() : lookups.findClass(code);
        if (found.isEmpty() || found.get().kind() != CategoryKind.COMPONENT) {
            errors.add(ImportError.of(row, "error.component.class-unknown", String.valueOf(code)));
            return null;
        }
        if (!found.get().active()) {
            errors.add(ImportError.of(row, "error.component.class-inactive", code));
            return null;
        }
        return found.get();
    }

    private Location locate(RawComponent row, List<ImportError> errors) {
        var position = ComponentFields.position(row, errors);
        if (position == null) {
            return null;
        }
        try {
            return lookups.locate(position[0], position[1]);
        } catch (UrbanGridException e) {
            errors.add(ImportError.of(row, "error.component.outside-grids",
                    String.valueOf(position[0]), String.valueOf(position[1])));
            return null;
        }
    }

    private Long department(RawComponent row, String field, String code, List<ImportError> errors) {
        var trimmed = ComponentFields.blankToNull(code);
        if (trimmed == null) {
            return null;
        }
        var id = lookups.departmentId(trimmed);
        if (id.isEmpty()) {
            errors.add(ImportError.of(row, "error.component.department-unknown", field, trimmed));
        }
        return id.orElse(null);
    }

    private static LocalDate surveyDate(RawComponent row, List<ImportError> errors) {
        var text = ComponentFields.blankToNull(row.surveyDate());
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(ImportError.of(row, "error.component.survey-date-invalid", text));
            return null;
        }
    }

    private static void checkDuplicate(RawComponent row, Map<String, Integer> firstSeen, Set<String> existing,
            List<ImportError> errors) {
        var code = ComponentFields.blankToNull(row.code());
        if (code == null) {
            return;
        }
        var earlier = firstSeen.putIfAbsent(code, row.position());
        if (earlier != null) {
            errors.add(ImportError.of(row, "error.component.duplicate-in-file", code, earlier));
        } else if (existing.contains(code)) {
            errors.add(ImportError.of(row, "error.component.duplicate-code", code));
        }
    }
}
