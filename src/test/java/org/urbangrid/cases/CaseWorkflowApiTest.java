package org.urbangrid.cases;

/** Every path of DOMAIN §4 over HTTP on embedded H2. */
class CaseWorkflowApiTest extends CaseWorkflowContract {}
