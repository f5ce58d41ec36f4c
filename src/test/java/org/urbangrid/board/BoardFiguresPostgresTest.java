package org.urbangrid.board;

import org.urbangrid.support.OnPostgres;

/** {@link BoardFiguresContract} on PostgreSQL. */
@OnPostgres
class BoardFiguresPostgresTest extends BoardFiguresContract {}
