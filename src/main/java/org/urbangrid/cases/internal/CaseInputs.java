package org.urbangrid.cases.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.urbangrid.cases.DirectReporters;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.catalog.Components;
import org.urbangrid.catalog.FilingCondition;
import org.urbangrid.dispatch.RoutingPolicy;
import org.urbangrid.dispatch.RoutingQuery;
import org.urbangrid.dispatch.RoutingSuggestion;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

/** Checks what people send with a report or a move against the other modules, before anything is stored. */
@Component
class CaseInputs {

    /** A channel reports for the citizens it serves: the public pages and Open311 clients, or a hotline. */
    private static final Set<CaseSource> CHANNEL_SOURCES = Set.of(CaseSource.PUBLIC, CaseSource.HOTLINE_12345,
            CaseSource.HOTLINE_12319);
    private static final Set<CaseSource> OPERATOR_SOURCES = Set.of(CaseSource.PUBLIC, CaseSource.HOTLINE_12345,
            CaseSource.HOTLINE_12319, CaseSource.VIDEO, CaseSource.MEDIA);

    private final PhotoStore photos;
    private final Components components;
    private final Organization organization;
    private final RoutingPolicy routing;
    private final ObjectProvider<DirectReporters> directReporters;

    CaseInputs(PhotoStore photos, Components components, Organization organization, RoutingPolicy routing,
            ObjectProvider<DirectReporters> directReporters) {
        this.directReporters = directReporters;
        this.photos = photos;
        this.components = components;
        this.organization = organization;
        this.routing = routing;
    }

    /**
     * Inspectors report what they saw, leaders what they assign, operators what the public and cameras bring; a road
     * or river chief (any staff role the move table lets report) their patrol's findings, as {@link CaseSource#CHIEF},
     * where a {@link DirectReporters} bean says they are a chief.
     */
    void checkSource(StaffPrincipal actor, CaseSource source, boolean onTheSpot, Double latitude, Double longitude) {
        boolean fits = source == CaseSource.CHIEF ? actor.role() != Role.CHANNEL && latitude != null && longitude != null
                && directReporters.orderedStream().anyMatch(d -> d.reportsDirectlyAt(actor.id(), latitude, longitude))
                : switch (actor.role()) {
            case INSPECTOR -> source == CaseSource.INSPECTOR;
            case LEADER -> source == CaseSource.LEADER && !onTheSpot;
            case OPERATOR -> OPERATOR_SOURCES.contains(source) && !onTheSpot;
            case CHANNEL -> CHANNEL_SOURCES.contains(source) && !onTheSpot;
            default -> false;
        };
        if (!fits) {
            throw UrbanGridException.forbidden("error.case.source-not-for-role", Case.label("case.source.", source),
                    Case.label("case.role.", actor.role()));
        }
    }

    /** Attaches the photos: each must be the acting person's own upload, not attached yet (else 400 naming it). */
    void checkPhotos(List<String> ids) {
        photos.claim(ids);
    }

    /** The photos' content hashes (an unknown id stands for itself; the report refuses it later). */
    List<String> photoDigests(List<String> ids) {
        return ids.stream().map(id -> photos.find(id).map(p -> p.sha256()).orElse("unknown:" + id)).toList();
    }

    void checkComponent(String code) {
        if (code != null && components.find(code).isEmpty()) {
            throw UrbanGridException.invalid("error.case.component-unknown", code);
        }
    }

    /** The chosen inspector, who must cover the case's grid; by default the first who does. */
    long inspectorFor(CaseData data, Long chosen) {
        if (chosen != null) {
            var inspector = organization.staff(chosen).filter(s -> s.role() == Role.INSPECTOR && s.active())
                    .orElseThrow(() -> UrbanGridException.invalid("error.case.not-an-inspector", String.valueOf(chosen))
                            .with("field", "inspectorId"));
            if (!organization.covers(inspector.id(), data.unitGridCode)) {
                throw UrbanGridException.invalid("error.case.inspector-not-covering", inspector.displayName(),
                        data.unitGridCode).with("field", "inspectorId");
            }
            return inspector.id();
        }
        return organization.inspectorsCovering(data.unitGridCode).stream().findFirst()
                .orElseThrow(() -> UrbanGridException.unprocessable("error.case.no-inspector", data.unitGridCode))
                .id();
    }

    /** The lead department: the dispatcher's choice, else the routing suggestion; it must exist and be active. */
    long leadDepartment(CaseData data, Long chosen) {
        var id = chosen != null ? chosen : data.suggestedDepartmentId;
        if (id == null) {
            throw UrbanGridException.invalid("error.case.dispatch-needs-department").with("field", "departmentId");
        }
        requireActiveDepartment(id);
        return id;
    }

    Set<Long> assisting(Set<Long> ids) {
        ids.forEach(this::requireActiveDepartment);
        return ids;
    }

    private void requireActiveDepartment(long id) {
        organization.department(id).filter(d -> d.active())
                .orElseThrow(() -> UrbanGridException.invalid("error.case.department-unknown", String.valueOf(id))
                        .with("field", "departmentId"));
    }

    Optional<RoutingSuggestion> route(CaseData data, FilingCondition condition) {
        return routing.suggest(new RoutingQuery(condition.classCode(), condition.code(), data.unitGridCode,
                data.communityCode, data.streetCode, data.componentCode, data.latitude, data.longitude));
    }
}
