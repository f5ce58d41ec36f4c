package org.urbangrid.assessment.inputs;

import org.urbangrid.support.OnPostgres;

/** Spot-check scores and flags on PostgreSQL. */
@OnPostgres
class SpotCheckScoresPostgresTest extends SpotCheckScoresContract {}
