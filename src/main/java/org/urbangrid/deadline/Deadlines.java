package org.urbangrid.deadline;

import java.time.Instant;

/** Starts, moves and reads deadlines on the work calendar. */
public interface Deadlines {

    /** A stage clock starting now with the given limit. */
    Deadline start(Instant at, TimeLimit limit);

    /** The default limit of a centre stage (not {@link Stage#HANDLE}, whose limit comes from the filing condition). */
    TimeLimit stageLimit(Stage stage);

    /** 延期: the due time moved later by the extra time, counted in the extra limit's unit. */
    Deadline extend(Deadline deadline, TimeLimit extra);

    /** 挂账恢复: the time left when suspended is counted again from the moment of resuming. */
    Deadline resume(Deadline deadline, Instant suspendedAt, Instant resumedAt);

    DeadlineStatus status(Deadline deadline, Instant now);
}
