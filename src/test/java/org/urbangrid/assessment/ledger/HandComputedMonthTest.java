package org.urbangrid.assessment.ledger;

class HandComputedMonthTest extends HandComputedMonthContract {}
