package org.urbangrid.assessment.internal.inputs;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.urbangrid.assessment.ExternalScores;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.SubjectKind;

/**
 * Input {@code THIRD_PARTY}: a period inside one half year takes that half's result; a period that spans halves
 * (a year, a range) takes the mean of the results of the halves it overlaps that the unit has.
 */
@Component
class ThirdPartyScores implements ExternalScores {

    private final ThirdPartyReviews reviews;

    ThirdPartyScores(ThirdPartyReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public String input() {
        return "THIRD_PARTY";
    }

    @Override
    public Map<String, Double> scores(SubjectKind kind, Period period) {
        if (!ThirdPartyReviews.KINDS.contains(kind)) {
            return Map.of();
        }
        var sums = new HashMap<String, double[]>();
        for (var half = halfStart(period.from()); !half.isAfter(period.to()); half = half.plusMonths(6)) {
            for (var review : reviews.of(kind, half.getYear(), half.getMonthValue() == 1 ? 1 : 2)) {
                var sum = sums.computeIfAbsent(review.subjectId(), k -> new double[2]);
                sum[0] += review.score();
                sum[1]++;
            }
        }
        var scores = new HashMap<String, Double>();
        sums.forEach((id, sum) -> scores.put(id, sum[0] / sum[1]));
        return scores;
    }

    private static LocalDate halfStart(LocalDate day) {
        return LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
    }
}
