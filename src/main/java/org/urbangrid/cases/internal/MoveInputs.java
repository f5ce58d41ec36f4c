package org.urbangrid.cases.internal;

import java.time.Instant;

import org.urbangrid.cases.CloseKind;
import org.urbangrid.cases.MoveCommand;
import org.urbangrid.cases.MoveRules;
import org.urbangrid.cases.MoveRules.Input;
import org.urbangrid.cases.MoveRules.Rule;
import org.urbangrid.platform.UrbanGridException;

/**
 * Checks what a move was given against its row of {@link MoveRules}: every required input present, every given
 * one within its bounds. Refusals are 400 and name the field. Runs after the state, role and guard checks.
 */
final class MoveInputs {

    private MoveInputs() {}

    static void check(Rule rule, MoveCommand cmd, Instant now) {
        requirePlainText("comment", cmd.comment());
        requirePlainText("hiddenText", cmd.hiddenText());
        for (var input : rule.required()) {
            if (!given(input, cmd)) {
                throw missing(input);
            }
        }
        if (rule.reads(Input.EXTENSION) && cmd.extension() != null) {
            checkExtension(cmd.extension());
        }
        if (rule.reads(Input.ANSWER_DUE) && cmd.answerDue() != null) {
            var due = cmd.answerDue();
            if (!due.isAfter(now) || due.isAfter(now.plus(MoveRules.MAX_ANSWER_AHEAD))) {
                throw UrbanGridException.invalid("error.case.answer-due-out-of-range",
                        MoveRules.MAX_ANSWER_AHEAD.toDays()).with("field", Input.ANSWER_DUE.field());
            }
        }
        if (rule.reads(Input.CLOSE_KIND) && cmd.closeKind() != null) {
            if (cmd.closeKind() == CloseKind.ON_THE_SPOT) {
                throw UrbanGridException.invalid("error.case.close-kind-on-the-spot").with("field", "closeKind");
            }
            if ((cmd.closeKind() == CloseKind.ERROR || cmd.closeKind() == CloseKind.SPECIAL) && blank(cmd.comment())) {
                throw missing(Input.REASON);
            }
        }
    }

    private static void checkExtension(MoveCommand.Extension extension) {
        if (extension.unit() == null) {
            throw UrbanGridException.invalid("error.case.extension-needs-time").with("field", "extension.unit");
        }
        if (extension.amount() == null) {
            throw UrbanGridException.invalid("error.case.extension-needs-time").with("field", "extension.amount");
        }
        int max = MoveRules.MAX_EXTENSION.getOrDefault(extension.unit(), 0);
        if (extension.amount() < 1 || extension.amount() > max) {
            throw UrbanGridException.invalid("error.case.extension-out-of-range", String.valueOf(max),
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            new String[] {"case.unit." + extension.unit().name()}, extension.unit().name()))
                    .with("field", "extension.amount").with("max", max);
        }
    }

    private static boolean given(Input input, MoveCommand cmd) {
        return switch (input) {
            case REASON -> !blank(cmd.comment());
            case PHOTOS -> !cmd.photos().isEmpty();
            case DEPARTMENT -> cmd.departmentId() != null;
            case INSPECTOR -> cmd.inspectorId() != null;
            case CONDITION -> cmd.conditionCode() != null;
            case EXTENSION -> cmd.extension() != null;
            case CLOSE_KIND -> cmd.closeKind() != null;
            case ANSWER_DUE -> cmd.answerDue() != null;
            case MAIN_CASE -> cmd.mainCaseId() != null;
            case HIDDEN_TEXT -> !blank(cmd.hiddenText());
            case HIDDEN_PHOTOS -> !cmd.hiddenPhotos().isEmpty();
        };
    }

    static UrbanGridException missing(Input input) {
        var key = switch (input) {
            case REASON -> "error.case.reason-required";
            case PHOTOS -> "error.case.photo-required";
            case EXTENSION -> "error.case.extension-needs-time";
            default -> "error.case.input-required";
        };
        return UrbanGridException.invalid(key, input.field()).with("field", input.field());
    }

    /** Text people type: line breaks and tabs, but no NUL or other control characters (PostgreSQL refuses NUL). */
    static void requirePlainText(String field, String text) {
        if (text != null && text.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F)) {
            throw UrbanGridException.invalid("error.case.control-character", field).with("field", field);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
