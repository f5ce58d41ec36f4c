package org.urbangrid.simulation.internal;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.MoveCommand;
import org.urbangrid.organization.StaffPrincipal;

/**
 * One planned move of a case: when, by whom, which, how many photos the person takes first, and the command made
 * from their ids. A side step (an urge) leaves the case's own course alone.
 */
record Step(Instant at, CaseScript script, StaffPrincipal actor, CaseMove move, int photos,
        Function<List<String>, MoveCommand> command, boolean side) {

    static MoveCommand command(String comment, List<String> photos) {
        return new MoveCommand(null, comment, photos.isEmpty() ? null : photos, null, null, null, null, null, null, null);
    }
}
