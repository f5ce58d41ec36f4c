package org.urbangrid.cases.web;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.MoveRules;
import org.urbangrid.cases.MoveRules.Rule;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * Documents {@code POST /api/cases/{id}/{action}} from {@link MoveRules}: the actions as an enum, and per action
 * the states it starts from, the roles, what it needs of a pending request, the required and optional fields,
 * the scope guards and where it leads; and the refusals in the order they are checked.
 */
@Component
class MoveApiDocumentation implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (handler.getBeanType() != CaseController.class || !handler.getMethod().getName().equals("move")) {
            return operation;
        }
        operation.setDescription(table());
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> "action".equals(p.getName())).forEach(p -> {
                var actions = new StringSchema();
                MoveRules.caseMoves().forEach(r -> actions.addEnumItem(action(r.move())));
                p.schema(actions).description("the move, e.g. `dispatch`; see the table for its fields");
            });
        }
        var responses = operation.getResponses();
        responses.addApiResponse("400", problem("A required field is missing or out of bounds: `field` names it "
                + "(e.g. `comment`, `photoIds`, `departmentId`, `extension.amount`, `answerDue`); or an id it names "
                + "does not exist. Checked only after the state, role and scope."));
        responses.addApiResponse("403", problem("Your role may not make this move (`error.case.role-cannot-move`), "
                + "or a scope guard fails (`guard`: OWN_STREET, ASSIGNED_INSPECTOR, LEAD_DEPARTMENT)"));
        responses.addApiResponse("404", problem("No such case within your scope, or no such action"));
        responses.addApiResponse("409", problem("`error.case.stale`: the case changed since `expectedVersion`; "
                + "or the move is not allowed now: `currentStatus`, `pendingRequest` and `allowedMoves` say what is"));
        responses.addApiResponse("422", problem("Cannot be carried out as asked, e.g. no inspector covers the grid"));
        return operation;
    }

    static String action(CaseMove move) {
        return move.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The move table as Markdown, generated from {@link MoveRules}. */
    static String table() {
        var out = new StringBuilder("""
                Make a move. Checks run in this order: 404 (not visible) → 409 stale `expectedVersion` → 409 not \
                allowed in this state / with this pending request (`allowedMoves`) → 403 role → 403 scope guard → \
                400 missing or invalid field (`field`) → 4xx checks against other modules. Every move accepts \
                `expectedVersion` and `comment`; the table lists what else it reads. Extensions are bounded per unit: \
                """);
        out.append(MoveRules.MAX_EXTENSION.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " ≤ " + e.getValue()).collect(Collectors.joining(", ")));
        out.append("; an urge's `answerDue` lies in the future, at most ").append(MoveRules.MAX_ANSWER_AHEAD.toDays())
                .append(" days ahead.\n\n");
        out.append("| action | from | roles | pending request | required | optional | guards | leads to |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        for (Rule r : MoveRules.caseMoves()) {
            out.append("| `").append(action(r.move())).append("` | ")
                    .append(r.from().size() == org.urbangrid.cases.CaseStatus.open().size() ? "any open" : names(r.from()))
                    .append(" | ").append(names(r.roles()))
                    .append(" | ").append(r.pending())
                    .append(" | ").append(fields(r.required()))
                    .append(" | ").append(fields(r.optional()))
                    .append(" | ").append(names(r.guards()))
                    .append(" | ").append(switch (r.target()) {
                        case FIXED -> r.to().name();
                        case SAME -> "(stays)";
                        case BY_REQUEST -> "by request: EXTENSION→DISPATCHED, RETURN→PENDING_DISPATCH, SUSPENSION→SUSPENDED";
                    })
                    .append(r.confirm() ? " (confirmed first)" : "").append(" |\n");
        }
        return out.toString();
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.isEmpty() ? "—" : values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String fields(Set<MoveRules.Input> inputs) {
        return inputs.isEmpty() ? "—" : inputs.stream().map(i -> "`" + i.field() + "`").collect(Collectors.joining(", "));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }
}
