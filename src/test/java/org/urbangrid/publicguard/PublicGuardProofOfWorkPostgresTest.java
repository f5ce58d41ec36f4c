package org.urbangrid.publicguard;

import org.urbangrid.support.OnPostgres;

/** {@link PublicGuardProofOfWorkContract} on PostgreSQL. */
@OnPostgres
class PublicGuardProofOfWorkPostgresTest extends PublicGuardProofOfWorkContract {}
