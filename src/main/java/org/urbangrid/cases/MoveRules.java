package org.urbangrid.cases;

import static org.urbangrid.cases.CaseMove.*;
import static org.urbangrid.cases.CaseStatus.*;
import static org.urbangrid.organization.Role.*;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.urbangrid.deadline.LimitBounds;
import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.organization.Role;

/**
 * The one table of legal moves (DOMAIN §4), the executable specification of a case's life. For each move: the
 * states it may start from, the roles that may make it, the state it leads to (or the rule that decides it),
 * what it needs of a pending request, the inputs it requires and the scope guards that must hold. The aggregate
 * refuses by it, the views derive the moves allowed now and yours from it, the queues their predicates, the
 * console its forms and the API documentation its required fields.
 */
public final class MoveRules {

    /** What a move needs of the case's pending request. */
    public enum Pending {
        /** nothing pending */
        NONE,
        /** nothing pending, or a department's extension, return or suspension (reporting handled withdraws it) */
        NONE_OR_HANDLING_REQUEST,
        /** a department's extension, return or suspension */
        HANDLING_REQUEST,
        /** nothing pending, or a department's request, which stays pending (not while a cancellation waits) */
        NOT_CANCEL,
        /** a cancellation */
        CANCEL_REQUEST,
        /** anything or nothing */
        ANY;

        public boolean allows(RequestKind pending) {
            return switch (this) {
                case NONE -> pending == null;
                case NONE_OR_HANDLING_REQUEST -> pending != RequestKind.CANCEL;
                case HANDLING_REQUEST -> pending != null && pending != RequestKind.CANCEL;
                case NOT_CANCEL -> pending != RequestKind.CANCEL;
                case CANCEL_REQUEST -> pending == RequestKind.CANCEL;
                case ANY -> true;
            };
        }
    }

    /** How a move's target state is decided. */
    public enum Target {
        /** always {@link Rule#to()} */
        FIXED,
        /** the state stays (a request, a refusal of a request, an opinion) */
        SAME,
        /** the approved request decides: extension → DISPATCHED, return → PENDING_DISPATCH, suspension → SUSPENDED */
        BY_REQUEST
    }

    /** A scope guard: a named predicate on the case (and, for most, on the actor) that must hold. */
    public enum Guard {
        /** street staff act only on cases of their street (every move) */
        OWN_STREET(false),
        /** the inspector the case was sent to for verification or check */
        ASSIGNED_INSPECTOR(false),
        /** a member of the case's lead department */
        LEAD_DEPARTMENT(false),
        /**
         * the report came from someone who saw it on site: an inspector, or a road/river chief's 直报
         * ({@link org.urbangrid.cases.CaseSource#seenOnSite()}; a condition of the case, not of the actor)
         */
        INSPECTOR_SOURCED(true),
        /** the case has a first-step (made safe) clock not yet met (a condition of the case, not of the actor) */
        FIRST_STEP_OPEN(true),
        /** the report came from a 12345/12319 hotline, which can take it back (a condition of the case) */
        HOTLINE_SOURCED(true),
        /**
         * the case closed less than {@code urbangrid.cases.reopen-within} ago (7 days by default; the window is fixed
         * when the case closes): a citizen may still say it is not fixed (a condition of the case and of the time)
         */
        REOPEN_WINDOW(true),
        /** citizen text and photos not yet seen by the centre for public display (a condition of the case) */
        PUBLIC_UNSEEN(true);

        private final boolean onCase;

        Guard(boolean onCase) {
            this.onCase = onCase;
        }

        /** Decided by the case alone: when it fails, the move is not allowed now at all (409), for anyone. */
        public boolean onCase() {
            return onCase;
        }
    }

    /** What a person sends with a move, by its field in {@link MoveCommand}. */
    public enum Input {
        REASON("comment"),
        PHOTOS("photoIds"),
        DEPARTMENT("departmentId"),
        INSPECTOR("inspectorId"),
        CONDITION("conditionCode"),
        EXTENSION("extension"),
        CLOSE_KIND("closeKind"),
        ANSWER_DUE("answerDue"),
        MAIN_CASE("mainCaseId"),
        HIDDEN_TEXT("hiddenText"),
        HIDDEN_PHOTOS("hiddenPhotoIds");

        private final String field;

        Input(String field) {
            this.field = field;
        }

        /** The field of {@link MoveCommand} (and of the API's JSON body) that carries it. */
        public String field() {
            return field;
        }
    }

    /** Whether a legal move puts the case in the queue of a role that may make it. */
    public enum Queue {
        /** it is that role's work */
        ALWAYS,
        /** only once the case is overdue (a leader urges overdue cases) */
        OVERDUE,
        /** never: a move made on demand (asking to cancel) */
        NEVER
    }

    /**
     * One row of the table.
     *
     * @param to the target for {@link Target#FIXED}; null otherwise
     * @param required inputs the move refuses to go without (400 naming the field)
     * @param optional inputs the move reads when given (a default or a rule decides otherwise)
     * @param confirm ask before making it: it ends the case or cannot be taken back
     */
    public record Rule(CaseMove move, Set<CaseStatus> from, Set<Role> roles, Target target, CaseStatus to,
            Pending pending, Set<Guard> guards, Set<Input> required, Set<Input> optional, Queue queue,
            boolean confirm) {

        /** Legal from this state and pending request, before roles and guards. */
        public boolean allowsFrom(CaseStatus status, RequestKind pendingRequest) {
            return status != null && from.contains(status) && pending.allows(pendingRequest);
        }

        /** The state this move leads to from here. */
        public CaseStatus target(CaseStatus status, RequestKind pendingRequest) {
            return switch (target) {
                case FIXED -> to;
                case SAME -> status;
                case BY_REQUEST -> switch (pendingRequest) {
                    case EXTENSION -> DISPATCHED;
                    case RETURN -> PENDING_DISPATCH;
                    case SUSPENSION -> SUSPENDED;
                    case CANCEL -> throw new IllegalStateException("a cancellation is approved by APPROVE_CANCEL");
                };
            };
        }

        /** Whether the move reads this input at all. */
        public boolean reads(Input input) {
            return required.contains(input) || optional.contains(input);
        }

        /**
         * Whether this is the move that takes the case forward along its normal life (受理 → 核实 → 立案 → 派遣 →
         * 处置 → 核查 → 结案): the one the case page leads with. Refusals, requests, their decisions and opinions
         * are not.
         */
        public boolean forward() {
            return FORWARD.contains(move);
        }
    }

    /**
     * The forward moves, one column of the table kept beside it: from each state at most one of them is open to
     * one person (where two are legal, as 受理 and 派发核实 from 待受理, guards or order decide: an inspector's own
     * report is accepted, any other sent to verify; while a first-step clock runs, making the site safe comes first).
     */
    private static final Set<CaseMove> FORWARD = EnumSet.of(ACCEPT, SEND_TO_VERIFY, VERIFY_TRUE, FILE, DISPATCH,
            REPORT_MADE_SAFE, REPORT_HANDLED, RESUME, SEND_TO_CHECK, CHECK_PASS, CLOSE);

    // Bounds a city means; the calendar answers any date these reach.
    /** An urge's answer is due at most this far ahead. */
    public static final Duration MAX_ANSWER_AHEAD = Duration.ofDays(90);
    /** The most extra time one extension may ask for, per unit: what any time limit may be (one rule, in deadline). */
    public static final Map<LimitUnit, Integer> MAX_EXTENSION = maxExtension();

    private static Map<LimitUnit, Integer> maxExtension() {
        var max = new EnumMap<LimitUnit, Integer>(LimitUnit.class);
        for (var unit : LimitUnit.values()) {
            max.put(unit, LimitBounds.max(unit));
        }
        return java.util.Collections.unmodifiableMap(max);
    }

    private static final Set<CaseStatus> OPEN = CaseStatus.open();
    private static final Set<CaseStatus> NEW = Set.of();
    private static final Set<CaseStatus> ALL = EnumSet.allOf(CaseStatus.class);
    private static final Map<CaseMove, Rule> RULES = new EnumMap<>(CaseMove.class);

    private static final Set<Guard> STREET = EnumSet.of(Guard.OWN_STREET);
    private static final Set<Guard> ASSIGNED = EnumSet.of(Guard.OWN_STREET, Guard.ASSIGNED_INSPECTOR);
    private static final Set<Guard> LEAD = EnumSet.of(Guard.OWN_STREET, Guard.LEAD_DEPARTMENT);
    private static final Set<Guard> SOURCED = EnumSet.of(Guard.OWN_STREET, Guard.INSPECTOR_SOURCED);
    private static final Set<Guard> LEAD_FIRST_STEP = EnumSet.of(Guard.OWN_STREET, Guard.LEAD_DEPARTMENT, Guard.FIRST_STEP_OPEN);
    private static final Set<Guard> HOTLINE = EnumSet.of(Guard.OWN_STREET, Guard.HOTLINE_SOURCED);
    private static final Set<Guard> REOPENABLE = EnumSet.of(Guard.OWN_STREET, Guard.REOPEN_WINDOW);
    private static final Set<Guard> UNSEEN = EnumSet.of(Guard.OWN_STREET, Guard.PUBLIC_UNSEEN);

    static {
        // move              from                 roles                         target                      pending                         guards    required                  optional
        rule(REPORT,          NEW,                 roles(INSPECTOR, OPERATOR, LEADER, HANDLER, CHANNEL), fixed(REPORTED), Pending.NONE,                 STREET,   in(),                     in());
        rule(HANDLE_ON_SPOT,  NEW,                 roles(INSPECTOR, LEADER, HANDLER), fixed(CLOSED),              Pending.NONE,                   STREET,   in(Input.PHOTOS),         in());
        rule(ACCEPT,          of(REPORTED),        roles(OPERATOR),              fixed(PENDING_FILING),      Pending.NONE,                   SOURCED,  in(),                     in());
        rule(SEND_TO_VERIFY,  of(REPORTED),        roles(OPERATOR),              fixed(VERIFYING),           Pending.NONE,                   STREET,   in(),                     in(Input.INSPECTOR));
        rule(VERIFY_TRUE,     of(VERIFYING),       roles(INSPECTOR),             fixed(PENDING_FILING),      Pending.NONE,                   ASSIGNED, in(Input.PHOTOS),         in());
        rule(VERIFY_FALSE,    of(VERIFYING),       roles(INSPECTOR),             fixed(INVALID),             Pending.NONE,                   ASSIGNED, in(Input.REASON, Input.PHOTOS), in());
        rule(FILE,            of(PENDING_FILING),  roles(SHIFT_LEADER),          fixed(PENDING_DISPATCH),    Pending.NONE,                   STREET,   in(),                     in(Input.CONDITION));
        rule(REFUSE,          of(PENDING_FILING),  roles(SHIFT_LEADER),          fixed(NOT_FILED),           Pending.NONE,                   STREET,   in(Input.REASON),         in());
        rule(DISPATCH,        of(PENDING_DISPATCH), roles(DISPATCHER),           fixed(DISPATCHED),          Pending.NONE,                   STREET,   in(),                     in(Input.DEPARTMENT));
        rule(REPORT_MADE_SAFE, of(DISPATCHED),     roles(HANDLER),               same(),                     Pending.NOT_CANCEL,             LEAD_FIRST_STEP, in(Input.REASON, Input.PHOTOS), in());
        rule(REPORT_HANDLED,  of(DISPATCHED),      roles(HANDLER),               fixed(HANDLED),             Pending.NONE_OR_HANDLING_REQUEST, LEAD,   in(Input.REASON, Input.PHOTOS), in());
        rule(REQUEST_EXTENSION, of(DISPATCHED),    roles(HANDLER),               same(),                     Pending.NONE,                   LEAD,     in(Input.REASON, Input.EXTENSION), in());
        rule(REQUEST_RETURN,  of(DISPATCHED),      roles(HANDLER),               same(),                     Pending.NONE,                   LEAD,     in(Input.REASON),         in());
        rule(REQUEST_SUSPENSION, of(DISPATCHED),   roles(HANDLER),               same(),                     Pending.NONE,                   LEAD,     in(Input.REASON),         in());
        rule(APPROVE_REQUEST, of(DISPATCHED),      roles(DISPATCHER),            Target.BY_REQUEST,          Pending.HANDLING_REQUEST,       STREET,   in(),                     in());
        rule(REFUSE_REQUEST,  of(DISPATCHED),      roles(DISPATCHER),            same(),                     Pending.HANDLING_REQUEST,       STREET,   in(Input.REASON),         in());
        rule(RESUME,          of(SUSPENDED),       roles(DISPATCHER),            fixed(DISPATCHED),          Pending.NONE,                   STREET,   in(),                     in());
        rule(SEND_TO_CHECK,   of(HANDLED),         roles(OPERATOR),              fixed(CHECKING),            Pending.NONE,                   STREET,   in(),                     in(Input.INSPECTOR));
        rule(CHECK_PASS,      of(CHECKING),        roles(INSPECTOR),             fixed(PENDING_CLOSE),       Pending.NONE,                   ASSIGNED, in(Input.PHOTOS),         in());
        rule(CHECK_FAIL,      of(CHECKING),        roles(INSPECTOR),             fixed(DISPATCHED),          Pending.NONE,                   ASSIGNED, in(Input.REASON),         in(Input.PHOTOS));
        rule(CLOSE,           of(PENDING_CLOSE),   roles(SHIFT_LEADER),          fixed(CLOSED),              Pending.NONE,                   STREET,   in(),                     in(Input.CLOSE_KIND));
        rule(REQUEST_CANCEL,  OPEN,                roles(DISPATCHER, OPERATOR),  same(),                     Pending.NONE,                   STREET,   in(Input.REASON),         in(), Queue.NEVER, true);
        rule(APPROVE_CANCEL,  OPEN,                roles(SHIFT_LEADER),          fixed(CANCELLED),           Pending.CANCEL_REQUEST,         STREET,   in(),                     in());
        rule(REFUSE_CANCEL,   OPEN,                roles(SHIFT_LEADER),          same(),                     Pending.CANCEL_REQUEST,         STREET,   in(Input.REASON),         in());
        rule(URGE,            OPEN,                roles(LEADER),                same(),                     Pending.ANY,                    STREET,   in(Input.REASON),         in(Input.ANSWER_DUE), Queue.OVERDUE, false);
        rule(TRANSFER_BACK,   of(REPORTED, VERIFYING, PENDING_FILING), roles(OPERATOR, SHIFT_LEADER), fixed(NOT_FILED), Pending.NONE,          HOTLINE,  in(Input.REASON),         in(), Queue.NEVER, true);
        rule(MERGE,           of(REPORTED, VERIFYING, PENDING_FILING, PENDING_DISPATCH), roles(OPERATOR), fixed(MERGED),             Pending.NONE,                   STREET,   in(Input.MAIN_CASE),      in(Input.REASON), Queue.NEVER, true);
        rule(SEPARATE,        of(MERGED),          roles(OPERATOR),              fixed(REPORTED),           Pending.NONE,                   STREET,   in(),                     in(Input.REASON), Queue.NEVER, false);
        rule(REOPEN,          of(CLOSED),          roles(CHANNEL, OPERATOR),     fixed(HANDLED),             Pending.NONE,                   REOPENABLE, in(Input.REASON),       in(Input.PHOTOS), Queue.NEVER, false);
        rule(APPROVE_PUBLIC,  ALL,                 roles(OPERATOR),              same(),                    Pending.ANY,                    UNSEEN,   in(),                     in(Input.REASON), Queue.NEVER, false);
        rule(HIDE_PUBLIC,     ALL,                 roles(OPERATOR),              same(),                    Pending.ANY,                    STREET,   in(Input.REASON),         in(Input.HIDDEN_PHOTOS, Input.HIDDEN_TEXT), Queue.NEVER, false);
    }

    private MoveRules() {}

    public static Rule rule(CaseMove move) {
        return RULES.get(move);
    }

    /** Every row, in the order of {@link CaseMove}. */
    public static Collection<Rule> rules() {
        return RULES.values();
    }

    /** The moves of an existing case (all but reporting), in the order of {@link CaseMove}. */
    public static List<Rule> caseMoves() {
        return RULES.values().stream().filter(r -> !r.from().isEmpty()).toList();
    }

    /** The moves legal from this state and pending request, before roles and guards. */
    public static List<CaseMove> legalFrom(CaseStatus status, RequestKind pending) {
        return RULES.values().stream().filter(r -> r.allowsFrom(status, pending)).map(Rule::move).toList();
    }

    /**
     * 主操作: of the moves a person may make now (in the order of {@link CaseMove}), the first forward one; empty
     * when none is (a leader's urging, a decision on a pending request), and then no move leads.
     */
    public static java.util.Optional<CaseMove> primary(List<CaseMove> yours) {
        return yours.stream().filter(m -> rule(m).forward()).findFirst();
    }

    /** The moves that need the given input. */
    public static List<CaseMove> requiring(Input input) {
        return RULES.values().stream().filter(r -> r.required().contains(input)).map(Rule::move).toList();
    }

    /** The moves that read the given input, required or not. */
    public static List<CaseMove> reading(Input input) {
        return RULES.values().stream().filter(r -> r.reads(input)).map(Rule::move).toList();
    }

    /** The moves to confirm before making. */
    public static List<CaseMove> confirmed() {
        return RULES.values().stream().filter(Rule::confirm).map(Rule::move).toList();
    }

    private record To(Target target, CaseStatus to) {}

    private static To fixed(CaseStatus to) {
        return new To(Target.FIXED, to);
    }

    private static To same() {
        return new To(Target.SAME, null);
    }

    private static void rule(CaseMove move, Set<CaseStatus> from, Set<Role> roles, Target target, Pending pending,
            Set<Guard> guards, Set<Input> required, Set<Input> optional) {
        rule(move, from, roles, new To(target, null), pending, guards, required, optional);
    }

    private static void rule(CaseMove move, Set<CaseStatus> from, Set<Role> roles, To to, Pending pending,
            Set<Guard> guards, Set<Input> required, Set<Input> optional) {
        rule(move, from, roles, to, pending, guards, required, optional, Queue.ALWAYS, false);
    }

    private static void rule(CaseMove move, Set<CaseStatus> from, Set<Role> roles, To to, Pending pending,
            Set<Guard> guards, Set<Input> required, Set<Input> optional, Queue queue, boolean confirm) {
        // A move that ends the case is always confirmed first.
        boolean ends = to.target() == Target.FIXED && !to.to().isOpen();
        RULES.put(move, new Rule(move, frozen(from, CaseStatus.class), frozen(roles, Role.class), to.target(), to.to(),
                pending, frozen(guards, Guard.class), frozen(required, Input.class), frozen(optional, Input.class),
                queue, confirm || ends));
    }

    private static <E extends Enum<E>> Set<E> frozen(Set<E> values, Class<E> type) {
        var copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return java.util.Collections.unmodifiableSet(copy);
    }

    private static Set<CaseStatus> of(CaseStatus... statuses) {
        return EnumSet.copyOf(Arrays.asList(statuses));
    }

    private static Set<Role> roles(Role... roles) {
        return EnumSet.copyOf(Arrays.asList(roles));
    }

    private static Set<Input> in(Input... inputs) {
        return inputs.length == 0 ? EnumSet.noneOf(Input.class) : EnumSet.copyOf(Arrays.asList(inputs));
    }
}
