package org.urbangrid.cases;

/** DOMAIN §5 hotline and two-step limits over HTTP on embedded H2. */
class TimeLimitsApiTest extends TimeLimitsContract {}
