package org.urbangrid.cases.internal;

/** Case numbers on H2. */
class CaseNumbersTest extends CaseNumbersContract {}
