package org.urbangrid.cases;

import java.util.Optional;

/** Reporting and moving cases; every call checks the acting staff member's role and scope. */
public interface CaseManagement {

    /** The result of a report: the case, and whether it was a replay of an earlier request with the same key. */
    record Reported(CaseView kase, boolean replayed) {}

    /**
     * 上报 a problem. With an idempotency key, a retry of the same report by the same person returns the
     * first result and creates nothing new.
     */
    Reported report(NewReport report, Optional<String> idempotencyKey);

    /**
     * 上报 for a channel: {@code publicAtOnce} when the channel is trusted, so its citizen's text and photos are
     * shown publicly without waiting for the centre ({@link CaseMove#APPROVE_PUBLIC}).
     */
    Reported report(NewReport report, Optional<String> idempotencyKey, boolean publicAtOnce);

    /** 自行处置: an inspector reports a problem already fixed on the spot; the case is closed at once. */
    Reported handleOnSpot(NewReport report, Optional<String> idempotencyKey);

    /** Makes one move of the case, as the acting staff member. */
    CaseView move(long caseId, CaseMove move, MoveCommand command);
}
