package org.urbangrid.catalog.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.catalog.CatalogClass;
import org.urbangrid.catalog.ComponentRecord;
import org.urbangrid.catalog.Components;
import org.urbangrid.grid.GridLocator;
import org.urbangrid.grid.Location;
import org.urbangrid.organization.Department;
import org.urbangrid.organization.Organization;
import org.urbangrid.platform.UrbanGridException;

/** The component register (部件库): all-or-nothing imports, lookups and paged searches. */
@Service
public class ComponentService implements Components {

    private final ComponentStore store;
    private final CatalogService catalog;
    private final Organization organization;
    private final GridLocator locator;
    private final ImportProblems problems;
    private final Clock clock;

    ComponentService(ComponentStore store, CatalogService catalog, Organization organization,
            GridLocator locator, ImportProblems problems, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.organization = organization;
        this.locator = locator;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    public Optional<ComponentRecord> find(String code) {
        return detail(code).map(StoredComponent::record);
    }

    @Override
    public MapPoints within(double minLng, double minLat, double maxLng, double maxLat, int limit) {
        var points = store.within(minLng, minLat, maxLng, maxLat, limit + 1);
        boolean truncated = points.size() > limit;
        return new MapPoints(truncated ? List.copyOf(points.subList(0, limit)) : points, truncated);
    }

    public Optional<StoredComponent> detail(String code) {
        return code == null ? Optional.empty() : store.find(code);
    }

    public List<StoredComponent> search(ComponentQuery query) {
        return store.search(query);
    }

    public long count(ComponentQuery query) {
        return store.count(query);
    }

    @Override
    @Transactional
    public int importCsv(String csv) {
        return importRows(ComponentFileReaders.csv(csv));
    }

    @Override
    @Transactional
    public int importGeoJson(String geoJson) {
        return importRows(ComponentFileReaders.geoJson(geoJson));
    }

    private int importRows(List<RawComponent> rows) {
        if (rows.isEmpty()) {
            throw UrbanGridException.invalid("error.component.import-empty");
        }
        var result = new ComponentImportValidator(new Lookups()).validate(rows);
        if (!result.errors().isEmpty()) {
            throw problems.rejected(result.errors());
        }
        store.insertAll(result.components(), clock.instant());
        return result.components().size();
    }

    /** Lookups for one import, remembering departments and classes already asked for. */
    private final class Lookups implements ComponentImportValidator.Lookups {

        private final Map<String, Optional<CatalogClass>> classes = new HashMap<>();
        private final Map<String, Optional<Long>> departments = new HashMap<>();
        @Override
        public Optional<CatalogClass> findClass(String code) {
            return classes.computeIfAbsent(code, catalog::findClass);
        }

        @Override
        public Optional<Long> departmentId(String code) {
            return departments.computeIfAbsent(code, c -> organization.departmentByCode(c).map(Department::id));
        }

        @Override
        public Location locate(double latitude, double longitude) {
            return locator.locate(latitude, longitude);
        }

        @Override
        public Set<String> existingCodes(Collection<String> codes) {
            return store.existingCodes(codes);
        }
    }
}
