package org.urbangrid.assessment.inputs;

import org.urbangrid.support.OnPostgres;

/** Mutual assessment on PostgreSQL. */
@OnPostgres
class MutualAssessmentPostgresTest extends MutualAssessmentContract {}
