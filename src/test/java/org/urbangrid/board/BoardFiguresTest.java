package org.urbangrid.board;

/** {@link BoardFiguresContract} on H2. */
class BoardFiguresTest extends BoardFiguresContract {}
