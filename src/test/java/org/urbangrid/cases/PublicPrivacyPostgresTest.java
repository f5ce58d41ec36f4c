package org.urbangrid.cases;

import org.urbangrid.support.OnPostgres;

/** No personal data on any public door, on PostgreSQL. */
@OnPostgres
class PublicPrivacyPostgresTest extends PublicPrivacyContract {}
