package org.urbangrid.assessment.ledger;

class PlaceSubjectsTest extends PlaceSubjectsContract {}
