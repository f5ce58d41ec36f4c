package org.urbangrid.gridteams;

import java.time.LocalDate;
import java.util.List;

/** A 网区 as an administrator writes it: code, name, community, its unit grids, 督导单位, 包扶 leader and letter. */
public record ZoneInput(String code, String name, String communityCode, List<String> unitGridCodes,
        String supervisorName, String supervisorPhone, String leaderName, String leaderPhone, String leaderOrganisation,
        LocalDate letterSignedOn, LocalDate letterEndsOn) {}
