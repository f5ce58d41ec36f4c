package org.urbangrid.assessment.internal.inputs;

/** The unit a person fills mutual-assessment forms for: a street or a department, in one direction. */
public record RaterUnit(MutualDirection direction, String id, String name) {}
