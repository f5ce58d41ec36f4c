package org.urbangrid.console.cases;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Server-sent events for the queues: htmx re-fetches a queue on {@code sse:case-changed}. */
@RestController
class DeskEventsController {

    private final DeskCaseEvents events;

    DeskEventsController(DeskCaseEvents events) {
        this.events = events;
    }

    @GetMapping(path = "/console/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events() {
        return events.open();
    }
}
