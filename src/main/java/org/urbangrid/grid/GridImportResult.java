package org.urbangrid.grid;

/** What an import did: grids new to the database and grids whose code existed and were replaced. */
public record GridImportResult(int imported, int replaced) {}
