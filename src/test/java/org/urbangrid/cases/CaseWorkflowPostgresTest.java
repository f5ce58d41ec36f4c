package org.urbangrid.cases;

import org.urbangrid.support.OnPostgres;

/** Every path of DOMAIN §4 over HTTP on PostgreSQL. */
@OnPostgres
class CaseWorkflowPostgresTest extends CaseWorkflowContract {}
