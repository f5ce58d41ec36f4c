package org.urbangrid.chiefs.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.urbangrid.cases.DirectReporters;
import org.urbangrid.chiefs.Chiefs;
import org.urbangrid.chiefs.Segment;
import org.urbangrid.duty.Answerable;
import org.urbangrid.duty.AnswerableSource;
import org.urbangrid.duty.Where;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;

/**
 * The chiefs' answer to "who answers here" ({@link AnswerableSource}) and to "who may report straight to the centre
 * here" ({@link DirectReporters}). At a position: the chiefs on duty today of every segment the position belongs to,
 * nearest segment first; a chief of several of those segments is listed once, under the nearest. For a whole unit
 * grid: the chiefs of the segments crossing it. Keys: {@code chief:<staffId>} (one per person, whatever the number of
 * segments); place keys {@code segment:<id>}.
 */
@Component
class ChiefAnswers implements AnswerableSource, DirectReporters {

    private final Chiefs chiefs;
    private final Grids grids;
    private final Organization organization;

    ChiefAnswers(Chiefs chiefs, Grids grids, Organization organization) {
        this.chiefs = chiefs;
        this.grids = grids;
        this.organization = organization;
    }

    @Override
    public List<Answerable> at(Where where) {
        List<Segment> segments;
        if (where.hasPosition()) {
            segments = chiefs.matches(where.latitude(), where.longitude()).stream().map(Chiefs.Match::segment).toList();
        } else if (where.unitGridCode() != null) {
            segments = grids.geometryOf(where.unitGridCode()).map(chiefs::crossing).orElse(List.of());
        } else {
            return List.of();
        }
        var today = chiefs.today();
        var seen = new HashSet<String>();
        var out = new ArrayList<Answerable>();
        for (var segment : segments) {
            for (var a : chiefs.chiefsOn(segment.id(), today)) {
                var key = "chief:" + a.staffId();
                if (!seen.add(key + "/" + a.level())) {
                    continue;
                }
                var staff = organization.staff(a.staffId());
                var department = staff.map(s -> s.departmentId()).orElse(null);
                var organisation = department == null ? null
                        : organization.department(department).map(d -> d.name()).orElse(null);
                out.add(new Answerable(key, a.level().duty(), segment.kind().name(), String.valueOf(segment.id()),
                        segment.name(), a.staffName(), a.staffId(), organisation, department,
                        staff.map(s -> s.phone()).orElse(null), a.letterSignedOn(), a.letterEndsOn(),
                        "/admin/chiefs/segments/" + segment.id()));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public Optional<String> nameOf(String key) {
        if (key == null) {
            return Optional.empty();
        }
        try {
            if (key.startsWith("chief:")) {
                long staffId = Long.parseLong(key.substring(6));
                return chiefs.assignmentsOf(staffId).stream().findFirst().map(a -> a.staffName());
            }
            if (key.startsWith("segment:")) {
                return chiefs.segment(Long.parseLong(key.substring(8))).map(Segment::name);
            }
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    @Override
    public boolean reportsDirectlyAt(long staffId, double latitude, double longitude) {
        var today = chiefs.today();
        return chiefs.isChief(staffId) && chiefs.matches(latitude, longitude).stream()
                .anyMatch(m -> chiefs.chiefsOn(m.segment().id(), today).stream().anyMatch(a -> a.staffId() == staffId));
    }
}
