package org.urbangrid.assessment.internal.inputs;

/** A unit a rater may score, with its form of the month if already sent. */
public record RatedUnit(String id, String name, MutualForm form) {}
