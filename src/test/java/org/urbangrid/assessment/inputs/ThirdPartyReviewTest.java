package org.urbangrid.assessment.inputs;

class ThirdPartyReviewTest extends ThirdPartyReviewContract {}
