package org.urbangrid.assessment.inputs;

class SatisfactionTest extends SatisfactionContract {}
