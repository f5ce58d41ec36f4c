package org.urbangrid.assessment.ledger;

import org.urbangrid.support.OnPostgres;

@OnPostgres
class PlaceSubjectsPostgresTest extends PlaceSubjectsContract {}
