package org.urbangrid.assessment.inputs;

class SpotCheckScoresTest extends SpotCheckScoresContract {}
