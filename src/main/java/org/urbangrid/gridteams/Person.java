package org.urbangrid.gridteams;

/**
 * 责任人: a person answerable for places (or, as a 网区's 督导单位, a unit). One record however many grids they keep,
 * so their duty key stays the same. The phone is personal data: staff pages only.
 *
 * @param staffId their staff account, when they have one
 */
public record Person(long id, String name, String phone, String organisation, Long staffId) {}
