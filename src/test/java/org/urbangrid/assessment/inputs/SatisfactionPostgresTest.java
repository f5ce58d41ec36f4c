package org.urbangrid.assessment.inputs;

import org.urbangrid.support.OnPostgres;

/** Citizen satisfaction on PostgreSQL. */
@OnPostgres
class SatisfactionPostgresTest extends SatisfactionContract {}
