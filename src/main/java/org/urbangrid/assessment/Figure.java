package org.urbangrid.assessment;

/**
 * One indicator's value for one subject over one period, with what it was computed from: a rate is
 * {@code numerator / denominator} (null when nothing was due), a count has {@code denominator} 0 and
 * {@code numerator} the count.
 */
public record Figure(Indicator indicator, long numerator, long denominator) {

    /** The rate in [0, 1]; a count's value is its numerator; null for a rate with nothing due. */
    public Double value() {
        if (!indicator.rate()) {
            return (double) numerator;
        }
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
