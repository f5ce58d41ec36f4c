package org.urbangrid.assessment;

/** 等级: A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, E below (default limits; the formula version in force sets them). */
public enum Grade { A, B, C, D, E }
