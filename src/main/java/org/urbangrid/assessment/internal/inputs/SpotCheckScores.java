package org.urbangrid.assessment.internal.inputs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.urbangrid.assessment.ExternalScores;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.SpotCheckFlags;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.organization.DepartmentKind;
import org.urbangrid.organization.Organization;

/**
 * Input {@code SPOT_CHECK} over the completed grids of the draws of every month that overlaps the period: a unit
 * grid, community, street or district scores the mean of its completed grids' scores; a department (every active
 * one but the centres) scores 100 − deduction per problem that answered to it, at least 0, once the period has any
 * completed grid. A unit fails a period when its score is below the pass mark; three failed periods in a row raise
 * {@link SpotCheckFlags#FLAG}.
 */
@Component
class SpotCheckScores implements ExternalScores, SpotCheckFlags {

    private final SpotCheckRows rows;
    private final SpotChecks checks;
    private final Organization organization;

    SpotCheckScores(SpotCheckRows rows, SpotChecks checks, Organization organization) {
        this.rows = rows;
        this.checks = checks;
        this.organization = organization;
    }

    @Override
    public String input() {
        return "SPOT_CHECK";
    }

    @Override
    public Map<String, Double> scores(SubjectKind kind, Period period) {
        var months = Months.overlapping(period);
        var completed = rows.completed(months);
        Function<SpotCheckRows.GridRow, String> subject = switch (kind) {
            case UNIT_GRID -> SpotCheckRows.GridRow::unitGridCode;
            case COMMUNITY -> SpotCheckRows.GridRow::communityCode;
            case STREET -> SpotCheckRows.GridRow::streetCode;
            case DISTRICT -> g -> g.unitGridCode().substring(0, 6);
            default -> null;
        };
        var scores = new HashMap<String, Double>();
        if (kind == SubjectKind.DEPARTMENT && !completed.isEmpty()) {
            var problems = new HashMap<Long, Long>();
            rows.problemsByDepartment(months).forEach(p -> problems.put(p[0], p[1]));
            organization.departments().stream().filter(d -> d.active() && d.kind() != DepartmentKind.CENTRE)
                    .forEach(d -> scores.put(Long.toString(d.id()),
                            checks.score((int) Math.min(Integer.MAX_VALUE, problems.getOrDefault(d.id(), 0L)))));
        }
        if (subject == null) {
            return scores;
        }
        var sums = new HashMap<String, double[]>();
        for (var grid : completed) {
            var sum = sums.computeIfAbsent(subject.apply(grid), k -> new double[2]);
            sum[0] += checks.score(grid.problems());
            sum[1]++;
        }
        sums.forEach((id, sum) -> scores.put(id, sum[0] / sum[1]));
        return scores;
    }

    @Override
    public boolean failedThreeInARow(SubjectKind kind, String subjectId, Period period) {
        return failedThreeInARow(kind, period).contains(subjectId);
    }

    @Override
    public Set<String> failedThreeInARow(SubjectKind kind, Period period) {
        var failing = failed(kind, period);
        var before = period;
        for (int i = 0; i < 2 && !failing.isEmpty(); i++) {
            before = before.previous();
            failing.retainAll(failed(kind, before));
        }
        return failing;
    }

    private Set<String> failed(SubjectKind kind, Period period) {
        var failed = new HashSet<String>();
        scores(kind, period).forEach((id, score) -> {
            if (score < checks.passMark()) {
                failed.add(id);
            }
        });
        return failed;
    }
}
