package org.urbangrid.gridteams;

import java.time.LocalDate;
import java.util.List;

/**
 * 网区 (grid zone): an optional level between a community and its unit grids (seed 003: 33 grids in 11 网区). Each
 * unit grid lies in at most one zone, all in the zone's community. The 督导单位 (supervising unit) oversees it; the
 * 包扶 leader, a county/district leader, signs a 网格化管理责任书 (the letter) with the units in it.
 */
public record Zone(long id, String code, String name, String communityCode, List<String> unitGridCodes,
        Person supervisor, Person leader, LocalDate letterSignedOn, LocalDate letterEndsOn, String letterScanId) {}
