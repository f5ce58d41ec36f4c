package org.urbangrid.assessment.inputs;

class MutualAssessmentTest extends MutualAssessmentContract {}
