package org.urbangrid.assessment.internal.inputs;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.urbangrid.assessment.ExternalScores;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.SubjectKind;

/**
 * Input {@code MUTUAL}: a department's score is the mean of the street forms on it (块考核条), a street's the mean of
 * the department forms on it (条考核块), each form normalised to 0–100 as points / its maximum × 100, over the forms
 * of every month that overlaps the period.
 */
@Component
class MutualScores implements ExternalScores {

    private final MutualRows rows;

    MutualScores(MutualRows rows) {
        this.rows = rows;
    }

    @Override
    public String input() {
        return "MUTUAL";
    }

    @Override
    public Map<String, Double> scores(SubjectKind kind, Period period) {
        MutualDirection direction = kind == SubjectKind.DEPARTMENT ? MutualDirection.STREET_RATES_DEPARTMENT
                : kind == SubjectKind.STREET ? MutualDirection.DEPARTMENT_RATES_STREET : null;
        if (direction == null) {
            return Map.of();
        }
        var sums = new HashMap<String, double[]>();
        for (var row : rows.totals(direction, Months.overlapping(period))) {
            var sum = sums.computeIfAbsent((String) row[0], k -> new double[2]);
            sum[0] += normalised((Integer) row[1], (Integer) row[2]);
            sum[1]++;
        }
        var scores = new HashMap<String, Double>();
        sums.forEach((id, sum) -> scores.put(id, sum[0] / sum[1]));
        return scores;
    }

    static double normalised(int points, int max) {
        return max == 0 ? 0 : points * 100.0 / max;
    }
}
