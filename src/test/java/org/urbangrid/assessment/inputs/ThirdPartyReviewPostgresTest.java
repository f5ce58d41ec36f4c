package org.urbangrid.assessment.inputs;

import org.urbangrid.support.OnPostgres;

/** Third-party review on PostgreSQL. */
@OnPostgres
class ThirdPartyReviewPostgresTest extends ThirdPartyReviewContract {}
