package org.urbangrid.exchange.web;

import java.net.URI;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.channels.Channel;
import org.urbangrid.exchange.ExchangeCase;
import org.urbangrid.exchange.ExchangeUpdates;
import org.urbangrid.exchange.HotlineExchange;
import org.urbangrid.exchange.IntakeAnswer;
import org.urbangrid.exchange.WorkOrder;
import org.urbangrid.platform.UrbanGridException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The hotline systems' API (热线对接), {@code /exchange/v1}; every call as the channel of its API key. */
@RestController
@RequestMapping(HotlineExchange.ROOT)
@Tag(name = "Hotline exchange", description = """
        热线对接: the API of 12345 / 12319 hotline systems. Each system is a channel of kind HOTLINE with its own API key \
        (`Authorization: Bearer <key>` or `X-Api-Key: <key>`; without one, or with a wrong, revoked or non-hotline key: \
        403). Work orders become cases, idempotent on (channel, ticketId); the system reads its own cases as the public \
        sees them, pulls their public-facing updates since a cursor, and receives each one as a signed webhook \
        (docs/webhooks.md). A case the city cannot handle is transferred back (move TRANSFER_BACK, event \
        `case.transferred_back`, the reason as the note). See docs/hotline-exchange.md.""")
@SecurityScheme(name = "hotlineKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        paramName = ExchangeSecurity.API_KEY, description = "A hotline channel's API key (or `Authorization: Bearer <key>`)")
@SecurityRequirement(name = "hotlineKey")
class ExchangeController {

    /** Set on the answer to a retried work order. */
    static final String REPLAY = "Idempotent-Replay";

    private final HotlineExchange exchange;

    ExchangeController(HotlineExchange exchange) {
        this.exchange = exchange;
    }

    /** A caller's words for reopening. */
    record Reopen(String reason) {}

    @PostMapping(path = "/cases", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a case from a work order (idempotent on the channel and ticketId)", description = """
            A position (latitude/longitude, WGS84) or an address the gazetteer knows is required; source must be the \
            channel's (left out: the channel's). The first time: 201 with Location. The same ticketId again with the same \
            content: 200 with the same case and `Idempotent-Replay: true`, nothing new is created (also for concurrent \
            retries). The same ticketId with different content: 422. callerName and callerPhone are kept for the staff who \
            call back and never appear in this API's answers, feed or webhooks.""")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "200", description = "A retry: the case created the first time",
            headers = @Header(name = REPLAY, description = "true"))
    ResponseEntity<IntakeAnswer> create(@Parameter(hidden = true) @RequestAttribute(ExchangeSecurity.CHANNEL) Channel channel,
            @RequestBody WorkOrder order) {
        var intake = exchange.intake(channel, order);
        var answer = intake.answer();
        if (intake.replayed()) {
            return ResponseEntity.ok().header(REPLAY, "true").body(answer);
        }
        return ResponseEntity.created(URI.create(HotlineExchange.ROOT + "/cases/" + answer.caseNumber()))
                .header(REPLAY, "false").body(answer);
    }

    @GetMapping("/cases/{caseNumber}")
    @Operation(summary = "A case this channel created, as the public sees it, with its ticketId and public timeline",
            description = "404 for a case of another channel or none.")
    ExchangeCase view(@Parameter(hidden = true) @RequestAttribute(ExchangeSecurity.CHANNEL) Channel channel,
            @PathVariable String caseNumber) {
        return exchange.view(channel, caseNumber);
    }

    @PostMapping(path = "/cases/{caseNumber}/reopen", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Still not fixed (市民反映未解决): reopen a closed case for a check", description = """
            Body {"reason": "…"} (required: 400 naming reason). Allowed within the reopening window after closing \
            (urbangrid.cases.reopen-within, 7 days); otherwise, or when the case is not closed, 409 with the move \
            table's message and allowedMoves.""")
    IntakeAnswer reopen(@Parameter(hidden = true) @RequestAttribute(ExchangeSecurity.CHANNEL) Channel channel,
            @PathVariable String caseNumber, @RequestBody(required = false) Reopen body) {
        return exchange.reopen(channel, caseNumber, body == null ? null : body.reason());
    }

    @GetMapping("/updates")
    @Operation(summary = "Pull feed: public-facing updates of this channel's cases after a cursor, oldest first", description = """
            Start without a cursor; pass nextCursor next time. Updates are served once a few seconds old (a move still \
            committing is never skipped). limit 1–1000, default 100. Each update: updateId, cursor, caseNumber, \
            ticketId, move, publicStatus, status, note (answer or reason), photoUrls, at.""")
    ExchangeUpdates updates(@Parameter(hidden = true) @RequestAttribute(ExchangeSecurity.CHANNEL) Channel channel,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return exchange.updates(channel, cursor, limit);
    }

    @GetMapping("/photos/{photoId}")
    @Operation(summary = "A public photo of one of this channel's cases, without metadata (GPS, device)")
    ResponseEntity<byte[]> photo(@Parameter(hidden = true) @RequestAttribute(ExchangeSecurity.CHANNEL) Channel channel,
            @PathVariable String photoId) {
        var photo = exchange.photo(channel, photoId)
                .orElseThrow(() -> UrbanGridException.notFound("exchange.error.photo-not-found", photoId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.photo().contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate()).body(photo.content());
    }
}
