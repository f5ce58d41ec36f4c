package org.urbangrid.console.cases;

import java.util.List;

import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.organization.Role;

/** One history entry as the timeline shows it: city time and names instead of ids. */
record TimelineEntry(int seq, CaseMove move, String actorName, Role role, String at, CaseStatus from, CaseStatus to,
        String comment, List<String> photoIds, String detail, Boolean stageOnTime) {}
