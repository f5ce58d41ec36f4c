package org.urbangrid.assessment.internal;

import java.time.LocalDate;

/** An administrator's new formula version: from which day it applies, why, and the formulas themselves. */
public record NewFormula(LocalDate validFrom, String reason, FormulaBody formula) {}
