package org.urbangrid.board;

/** Where a suggestion stands: only {@link #ANSWERED} ones are public. */
public enum SuggestionStatus {
    /** 待答复: waiting for an operator; not public. */
    NEW,
    /** 已答复: answered; public with its answer. */
    ANSWERED,
    /** 不公开: an operator hid it (with a reason); never public. */
    HIDDEN
}
