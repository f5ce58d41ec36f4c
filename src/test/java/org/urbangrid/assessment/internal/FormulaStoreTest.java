package org.urbangrid.assessment.internal;

class FormulaStoreTest extends FormulaStoreContract {}
