package org.urbangrid.publicguard;

/** {@link PublicGuardProofOfWorkContract} on the embedded H2 database. */
class PublicGuardProofOfWorkTest extends PublicGuardProofOfWorkContract {}
