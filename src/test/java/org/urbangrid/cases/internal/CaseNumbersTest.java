package org.urbangrid.cases.internal;

class CaseNumbersTest extends CaseNumbersContract {}
