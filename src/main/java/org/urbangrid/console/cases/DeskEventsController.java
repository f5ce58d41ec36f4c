package org.urbangrid.console.cases;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.urbangrid.organization.CurrentStaff;

/**
 * Server-sent events for the queues: htmx re-fetches a queue on {@code sse:case-changed}. Each session hears only
 * of cases in its person's scope, whichever node saved the change.
 */
@RestController
class DeskEventsController {

    private final DeskCaseEvents events;
    private final CurrentStaff current;

    DeskEventsController(DeskCaseEvents events, CurrentStaff current) {
        this.events = events;
        this.current = current;
    }

    @GetMapping(path = "/console/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events() {
        return events.open(current.get());
    }
}
