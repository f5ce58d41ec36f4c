package org.urbangrid.cases;

/** Every path of DOMAIN §4 over HTTP on PostgreSQL. */
class CaseWorkflowPostgresTest extends CasePostgresTestBase implements CaseWorkflowContract {}
