package org.urbangrid.assessment.internal.inputs;

/** 互评指标: one line of a direction's monthly form, worth up to {@code maxPoints}. */
public record MutualCriterion(long id, MutualDirection direction, String name, String nameEn, int maxPoints,
        int sortOrder, boolean active) {

    /** What an administrator sends to create or change a criterion; null fields are refused with 400. */
    public record Draft(String direction, String name, String nameEn, Integer maxPoints, Integer sortOrder,
            Boolean active) {}
}
