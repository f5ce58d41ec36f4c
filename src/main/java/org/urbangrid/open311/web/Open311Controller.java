package org.urbangrid.open311.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.urbangrid.audit.AuditLog;
import org.urbangrid.cases.CaseManagement;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.NewReport;
import org.urbangrid.cases.PublicCase;
import org.urbangrid.cases.PublicCases;
import org.urbangrid.cases.PublicQuery;
import org.urbangrid.cases.PublicStatus;
import org.urbangrid.cases.PublicUpdate;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.catalog.CatalogClass;
import org.urbangrid.catalog.FilingCondition;
import org.urbangrid.channels.Channel;
import org.urbangrid.channels.ChannelKind;
import org.urbangrid.channels.Channels;
import org.urbangrid.grid.Gazetteer;
import org.urbangrid.open311.internal.Open311Properties;
import org.urbangrid.open311.web.Open311Formats.Format;
import org.urbangrid.open311.web.Open311Model.Attribute;
import org.urbangrid.open311.web.Open311Model.Created;
import org.urbangrid.open311.web.Open311Model.Discovery;
import org.urbangrid.open311.web.Open311Model.Endpoint;
import org.urbangrid.open311.web.Open311Model.Request;
import org.urbangrid.open311.web.Open311Model.Service;
import org.urbangrid.open311.web.Open311Model.ServiceDefinition;
import org.urbangrid.open311.web.Open311Model.ServiceRequests;
import org.urbangrid.open311.web.Open311Model.Services;
import org.urbangrid.open311.web.Open311Model.Token;
import org.urbangrid.open311.web.Open311Model.Update;
import org.urbangrid.open311.web.Open311Model.Updates;
import org.urbangrid.open311.web.Open311Model.Value;
import org.urbangrid.organization.Department;
import org.urbangrid.organization.Organization;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.platform.UrbanGridException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Open311 GeoReport v2 (开放 311): every resource as {@code .json} or {@code .xml} (no extension: JSON), parameters
 * read by {@link Open311Params} (empty = absent), refusals in the spec's error list ({@link Open311Advice}).
 * Services are our catalogue's classes; a service request is a case as {@link PublicCases} shows it; a posted one
 * becomes a case of the API key's channel. See docs/open311.md.
 */
@RestController
@RequestMapping("/open311")
@Tag(name = "Open311", description = "Open311 GeoReport v2 (开放 311): services, service requests, tokens, discovery and FixMyStreet's servicerequestupdates, JSON or XML")
class Open311Controller {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    static final Duration MAX_WINDOW = Duration.ofDays(90);
    static final Duration UPDATES_DEFAULT = Duration.ofHours(24);
    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 1000;
    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_CONTACT = 100;
    static final String PUBLIC_PHOTOS = "/public/photos/";
    /** The first moment of the seeded catalogue: the changeset while no administrator changed it. */
    static final Instant SEED_CHANGESET = Instant.parse("2026-01-01T00:00:00Z");
    private static final Pattern EXTENSION = Pattern.compile("(.+)\\.([A-Za-z0-9]+)");

    private final Catalog catalog;
    private final PublicCases publicCases;
    private final CaseManagement cases;
    private final Channels channels;
    private final Organization organization;
    private final Gazetteer gazetteer;
    private final AuditLog audit;
    private final Open311Properties properties;
    private final PlatformProperties platform;
    private final MessageSource messages;
    private final Clock clock;

    Open311Controller(Catalog catalog, PublicCases publicCases, CaseManagement cases, Channels channels,
            Organization organization, Gazetteer gazetteer, AuditLog audit, Open311Properties properties,
            PlatformProperties platform, MessageSource messages, Clock clock) {
        this.catalog = catalog;
        this.publicCases = publicCases;
        this.cases = cases;
        this.channels = channels;
        this.organization = organization;
        this.gazetteer = gazetteer;
        this.audit = audit;
        this.properties = properties;
        this.platform = platform;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- discovery and services ----

    @GetMapping({"/discovery", "/discovery.{format}", "/v2/discovery", "/v2/discovery.{format}"})
    @Operation(summary = "Service discovery: changeset, contact, how to get a key, the GeoReport v2 endpoint")
    ResponseEntity<byte[]> discovery(@PathVariable(required = false) String format, HttpServletRequest request) {
        var f = format(format);
        var params = params(request);
        checkJurisdiction(params);
        var changeset = time(changeset());
        var endpoint = new Endpoint(SPECIFICATION, base(request) + "/open311/v2", changeset, properties.type(),
                List.of("text/xml", "application/json"));
        var discovery = new Discovery(changeset, properties.contact(), properties.keyService(), List.of(endpoint));
        return Open311Formats.answer(f, HttpStatus.OK, discovery, discovery);
    }

    @GetMapping({"/v2/services", "/v2/services.{format}"})
    @Operation(summary = "Service list: one service per class of the catalogue (service_code = class code) with active filing conditions")
    ResponseEntity<byte[]> services(@PathVariable(required = false) String format, HttpServletRequest request) {
        var f = format(format);
        checkJurisdiction(params(request));
        var list = new ArrayList<Service>();
        for (var c : catalog.classes(null, null)) {
            var conditions = activeConditions(c);
            if (c.active() && !conditions.isEmpty()) {
                list.add(service(c, conditions));
            }
        }
        return Open311Formats.answer(f, HttpStatus.OK, list, new Services(list));
    }

    @GetMapping("/v2/services/{code}")
    @Operation(summary = "Service definition: the class's filing conditions (立案条件) as the singlevaluelist attribute `condition`")
    ResponseEntity<byte[]> definition(@PathVariable String code, HttpServletRequest request) {
        var split = split(code);
        var f = format(split[1]);
        checkJurisdiction(params(request));
        var c = offeredClass(split[0]).orElseThrow(() -> new Open311Refusal(HttpStatus.NOT_FOUND,
                message("open311.error.service-not-found", split[0])));
        var values = activeConditions(c).stream().map(k -> new Value(k.code(), k.localName())).toList();
        var attribute = new Attribute(true, "condition", "singlevaluelist", true,
                message("open311.condition.datatype"), 1, message("open311.condition.description", c.localName()),
                values);
        var definition = new ServiceDefinition(c.code(), List.of(attribute));
        return Open311Formats.answer(f, HttpStatus.OK, definition, definition);
    }

    // ---- service requests ----

    @PostMapping({"/v2/requests", "/v2/requests.{format}"})
    @Operation(summary = "Create a service request (form-encoded, api_key required): a case of the key's channel")
    ResponseEntity<byte[]> create(@PathVariable(required = false) String format, HttpServletRequest request) {
        var f = format(format);
        var params = params(request);
        checkJurisdiction(params);
        var channel = channel(params.text("api_key"));
        var serviceCode = params.text("service_code");
        if (serviceCode == null) {
            throw params.invalid("open311.error.required", "service_code");
        }
        var c = offeredClass(serviceCode).orElseThrow(() -> params.invalid("open311.error.unknown-service", "service_code", serviceCode));
        var condition = condition(params, c);
        var position = position(params);
        var description = params.text("description");
        if (description == null) {
            description = condition.name();
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw params.invalid("open311.error.too-long", "description", MAX_DESCRIPTION);
        }
        var report = new NewReport(channel.source(), position[0], position[1], condition.code(), description,
                List.of(), null, contact(params));
        CaseManagement.Reported reported;
        try {
            reported = channels.actAs(channel, () -> cases.report(report, Optional.empty(), channel.trusted()));
        } catch (UrbanGridException e) {
            throw refusal(e);
        }
        var number = reported.kase().number();
        var limit = condition.handlingLimit();
        var notice = limit == null ? message("open311.notice", number)
                : message("open311.notice.limit", number, limit.amount(),
                        message("limit.unit." + limit.unit().name()));
        var created = new Created(number, notice, params.text("account_id"));
        return Open311Formats.answer(f, HttpStatus.OK, List.of(created), new ServiceRequests(List.of(created)));
    }

    @GetMapping({"/v2/requests", "/v2/requests.{format}"})
    @Operation(summary = "Service requests: service_request_id (comma list, overrides the rest), service_code, start_date/end_date (at most 90 days; default the last 90), status, page, page_size")
    ResponseEntity<byte[]> search(@PathVariable(required = false) String format, HttpServletRequest request) {
        var f = format(format);
        var params = params(request);
        checkJurisdiction(params);
        var numbers = params.list("service_request_id");
        PublicQuery query;
        if (!numbers.isEmpty()) {
            if (numbers.size() > MAX_PAGE_SIZE) {
                throw params.invalid("open311.error.too-many", "service_request_id", MAX_PAGE_SIZE);
            }
            query = new PublicQuery(numbers, null, null, null, null, null, null, null, null, null, 0, numbers.size());
        } else {
            var classes = new LinkedHashSet<String>();
            for (var code : params.list("service_code")) {
                if (catalog.findClass(code).isEmpty()) {
                    throw params.invalid("open311.error.unknown-service", "service_code", code);
                }
                classes.add(code);
            }
            var window = window(params, Duration.ofDays(90));
            var open = status(params);
            int page = Optional.ofNullable(params.integer("page", 1, Integer.MAX_VALUE)).orElse(1);
            int size = Optional.ofNullable(params.integer("page_size", 1, MAX_PAGE_SIZE)).orElse(DEFAULT_PAGE_SIZE);
            long offset = (long) (page - 1) * size;
            if (offset > PublicQuery.MAX_OFFSET) {
                throw params.invalid("open311.error.page-too-far", "page", PublicQuery.MAX_OFFSET + size);
            }
            query = new PublicQuery(null, classes, window[0], window[1], open, null, null, null, null, null,
                    (int) offset, size);
        }
        var found = publicCases.search(query).stream().map(c -> request(c, request)).toList();
        return Open311Formats.answer(f, HttpStatus.OK, found, new ServiceRequests(found));
    }

    @GetMapping("/v2/requests/{id}")
    @Operation(summary = "One service request by its id (our case number)")
    ResponseEntity<byte[]> one(@PathVariable String id, HttpServletRequest request) {
        var split = split(id);
        var f = format(split[1]);
        checkJurisdiction(params(request));
        var found = publicCases.byNumber(split[0]).orElseThrow(() -> new Open311Refusal(HttpStatus.NOT_FOUND,
                message("open311.error.request-not-found", split[0])));
        var list = List.of(request(found, request));
        return Open311Formats.answer(f, HttpStatus.OK, list, new ServiceRequests(list));
    }

    @GetMapping("/v2/tokens/{token}")
    @Operation(summary = "The service request of a token: every service is realtime, so a token is the case number itself")
    ResponseEntity<byte[]> token(@PathVariable String token, HttpServletRequest request) {
        var split = split(token);
        var f = format(split[1]);
        checkJurisdiction(params(request));
        var found = publicCases.byNumber(split[0]).orElseThrow(() -> new Open311Refusal(HttpStatus.NOT_FOUND,
                message("open311.error.token-not-found", split[0])));
        var list = List.of(new Token(found.number(), split[0]));
        return Open311Formats.answer(f, HttpStatus.OK, list, new ServiceRequests(list));
    }

    @GetMapping({"/v2/servicerequestupdates", "/v2/servicerequestupdates.{format}"})
    @Operation(summary = "FixMyStreet's extension: the public-facing updates between start_date and end_date (default the last 24 hours; at most 90 days), oldest first, at most 1000")
    ResponseEntity<byte[]> updates(@PathVariable(required = false) String format, HttpServletRequest request) {
        var f = format(format);
        var params = params(request);
        checkJurisdiction(params);
        var window = window(params, UPDATES_DEFAULT);
        var list = new ArrayList<Update>();
        for (var u : publicCases.updatesAfter(window[0], MAX_PAGE_SIZE)) {
            if (u.at().isAfter(window[1])) {
                break;
            }
            list.add(update(u, request));
        }
        return Open311Formats.answer(f, HttpStatus.OK, list, new Updates(list));
    }

    /** Anything else under /open311: 404 for an unknown resource, 400 for a known one asked with another method. */
    @RequestMapping("/**")
    @io.swagger.v3.oas.annotations.Hidden
    ResponseEntity<byte[]> unknown(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var known = Pattern.compile("/open311(/v2)?/(discovery|services|requests|tokens|servicerequestupdates)([./].*)?")
                .matcher(path).matches();
        if (known) {
            throw new Open311Refusal(HttpStatus.BAD_REQUEST, message("open311.error.method", request.getMethod()));
        }
        throw new Open311Refusal(HttpStatus.NOT_FOUND, message("open311.error.no-resource", path));
    }

    // ---- mapping ----

    private Service service(CatalogClass c, List<FilingCondition> conditions) {
        var description = message("open311.kind." + c.kind().name()) + " · " + c.localMajorName() + " · " + c.localName();
        var keywords = String.join(", ", conditions.stream().map(FilingCondition::localName).toList());
        return new Service(c.code(), c.localName(), description, true, "realtime", keywords, c.localMajorName());
    }

    private Request request(PublicCase c, HttpServletRequest http) {
        var cls = c.classCode() == null ? Optional.<CatalogClass>empty() : catalog.findClass(c.classCode());
        var agency = c.departmentId() == null ? null
                : organization.department(c.departmentId()).map(Department::localName).orElse(null);
        var photos = c.photoIds();
        var updated = !c.publicStatus().open() && c.closedAt() != null ? c.closedAt() : c.updatedAt();
        return new Request(c.number(), c.publicStatus().open() ? "open" : "closed", statusNotes(c),
                cls.map(CatalogClass::localName).orElse(null), c.classCode(), c.description(), agency, null,
                time(c.reportedAt()), time(updated), time(c.expectedAt()), c.address(), c.latitude(), c.longitude(),
                photos.isEmpty() ? null : photoUrl(http, photos.get(0)));
    }

    /** The plain-word state, and the latest public words about it (the answer, the reason, the main case). */
    private String statusNotes(PublicCase c) {
        var label = message("open311.status." + c.publicStatus().name());
        String note = null;
        if (c.publicStatus() == PublicStatus.MERGED && c.mergedInto() != null) {
            note = message("open311.status.merged-into", c.mergedInto());
        } else {
            for (var u : c.timeline()) {
                if (u.note() != null && !u.note().isBlank()) {
                    note = u.note();
                }
            }
            if (note == null && c.answer() != null && !c.answer().isBlank()) {
                note = c.answer();
            }
        }
        return note == null ? label : message("open311.status.with-note", label, note);
    }

    private Update update(PublicUpdate u, HttpServletRequest http) {
        return new Update(u.caseNumber() + "_" + u.seq(), u.caseNumber(), fixMyStreetStatus(u), time(u.at()), u.note(),
                u.photoIds().isEmpty() ? null : photoUrl(http, u.photoIds().get(0)), u.publicStatus().name());
    }

    /**
     * FixMyStreet's finer statuses (its {@code Open311::Endpoint} update status list), from the case's state after
     * the move; {@code external_status_code} carries our plain-word state's name beside it.
     */
    static String fixMyStreetStatus(PublicUpdate u) {
        if (u.move() == CaseMove.REOPEN) {
            return "investigating";
        }
        return switch (u.status()) {
            case REPORTED -> "open";
            case VERIFYING, PENDING_FILING -> "investigating";
            case PENDING_DISPATCH -> "action_scheduled";
            case DISPATCHED, SUSPENDED -> "in_progress";
            case HANDLED, CHECKING, PENDING_CLOSE -> "fixed";
            case CLOSED -> "closed";
            case INVALID, CANCELLED -> "no_further_action";
            case NOT_FILED -> "not_councils_responsibility";
            case MERGED -> "duplicate";
        };
    }

    // ---- parameters ----

    private Open311Params params(HttpServletRequest request) {
        return new Open311Params(request, this::message);
    }

    private Format format(String extension) {
        var f = Format.of(extension);
        if (f == null) {
            throw new Open311Refusal(HttpStatus.BAD_REQUEST, message("open311.error.format", extension));
        }
        return f;
    }

    /** {@code E0102.xml} → {@code [E0102, xml]}; no extension → {@code [text, null]}. */
    private static String[] split(String text) {
        var m = EXTENSION.matcher(text);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : new String[] {text, null};
    }

    private void checkJurisdiction(Open311Params params) {
        var id = params.text("jurisdiction_id");
        if (id != null && !id.equalsIgnoreCase(properties.jurisdictionId())) {
            throw new Open311Refusal(HttpStatus.NOT_FOUND, message("open311.error.jurisdiction", id));
        }
    }

    /** The active Open311 channel of the key; 403 for none, a wrong, revoked or another kind's key. */
    private Channel channel(String key) {
        if (key == null) {
            throw new Open311Refusal(HttpStatus.FORBIDDEN, message("open311.error.key-missing"));
        }
        return channels.authenticate(key).filter(c -> c.kind() == ChannelKind.OPEN311)
                .orElseThrow(() -> new Open311Refusal(HttpStatus.FORBIDDEN, message("open311.error.key-invalid")));
    }

    private Optional<CatalogClass> offeredClass(String code) {
        return catalog.findClass(code).filter(CatalogClass::active).filter(c -> !activeConditions(c).isEmpty());
    }

    private List<FilingCondition> activeConditions(CatalogClass c) {
        return catalog.conditionsOf(c.code()).stream().filter(FilingCondition::active).toList();
    }

    /** {@code attribute[condition]}: one of the class's active conditions; left out, the only one if there is one. */
    private FilingCondition condition(Open311Params params, CatalogClass c) {
        var conditions = activeConditions(c);
        var code = params.text("attribute[condition]");
        if (code == null) {
            if (conditions.size() == 1) {
                return conditions.get(0);
            }
            throw params.invalid("open311.error.condition-required", "attribute[condition]",
                    String.join(", ", conditions.stream().map(FilingCondition::code).toList()));
        }
        return conditions.stream().filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> params.invalid("open311.error.condition-unknown", "attribute[condition]", code, c.code()));
    }

    /** lat and long, or the gazetteer's place for address_string. */
    private double[] position(Open311Params params) {
        var lat = params.decimal("lat", -90, 90);
        var lng = params.decimal("long", -180, 180);
        if (lat != null && lng != null) {
            return new double[] {lat, lng};
        }
        if (lat != null || lng != null) {
            throw params.invalid("open311.error.required", lat == null ? "lat" : "long");
        }
        var address = params.text("address_string");
        if (address != null) {
            var place = gazetteer.search(address, 1).stream().findFirst()
                    .orElseThrow(() -> params.invalid("open311.error.address-unknown", "address_string", address));
            return new double[] {place.latitude(), place.longitude()};
        }
        if (params.text("address_id") != null) {
            throw params.invalid("open311.error.address-id", "address_id");
        }
        throw params.invalid("open311.error.position-required");
    }

    /** The reporter's name, phone and e-mail for staff ({@code reporterContact}); never shown publicly. */
    private static String contact(Open311Params params) {
        var parts = new ArrayList<String>();
        var name = String.join(" ", java.util.stream.Stream.of(params.text("first_name"), params.text("last_name"))
                .filter(java.util.Objects::nonNull).toList());
        if (!name.isEmpty()) {
            parts.add(name);
        }
        java.util.stream.Stream.of(params.text("phone"), params.text("email")).filter(java.util.Objects::nonNull)
                .forEach(parts::add);
        if (parts.isEmpty()) {
            return null;
        }
        var contact = String.join(" / ", parts);
        return contact.length() > MAX_CONTACT ? contact.substring(0, MAX_CONTACT) : contact;
    }

    /** [start, end]: both given at most 90 days apart; one given, 90 days from or to it; none, {@code fallback} back from now. */
    private Instant[] window(Open311Params params, Duration fallback) {
        var zone = platform.zone();
        var start = params.time("start_date", zone, false);
        var end = params.time("end_date", zone, true);
        if (start == null && end == null) {
            end = clock.instant();
            start = end.minus(fallback);
        } else if (start == null) {
            start = end.minus(MAX_WINDOW);
        } else if (end == null) {
            end = start.plus(MAX_WINDOW);
        }
        if (end.isBefore(start)) {
            throw params.invalid("open311.error.end-before-start", "end_date", "start_date");
        }
        if (Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
            throw params.invalid("open311.error.window", "start_date", "end_date", MAX_WINDOW.toDays());
        }
        return new Instant[] {start, end};
    }

    /** {@code status}: open, closed or both (comma delimited or repeated); null: both. */
    private static Boolean status(Open311Params params) {
        boolean open = false;
        boolean closed = false;
        for (var s : params.list("status")) {
            switch (s.toLowerCase(java.util.Locale.ROOT)) {
                case "open" -> open = true;
                case "closed" -> closed = true;
                default -> throw params.invalid("open311.error.status", "status", s);
            }
        }
        return open == closed ? null : open;
    }

    private Open311Refusal refusal(UrbanGridException e) {
        var status = e.status() == HttpStatus.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        var text = e.message(messages, LocaleContextHolder.getLocale());
        var field = e.properties().get("field");
        if (field == null && e.messageKey().startsWith("error.grid.")) {
            field = "latitude, longitude"; // the position lies outside the district's grids
        }
        if (field != null) {
            text = message("open311.error.field", text, parameterOf(field.toString()));
        }
        return new Open311Refusal(status, text);
    }

    /** Our report's field names as Open311 calls them. */
    static String parameterOf(String field) {
        return switch (field) {
            case "latitude" -> "lat";
            case "latitude, longitude" -> "lat, long";
            case "longitude" -> "long";
            case "conditionCode" -> "attribute[condition]";
            case "reporterContact" -> "first_name, last_name, phone, email";
            default -> field;
        };
    }

    // ---- output ----

    private Instant changeset() {
        var latest = audit.page("catalog", null, 1).entries();
        return latest.isEmpty() || latest.get(0).at().isBefore(SEED_CHANGESET) ? SEED_CHANGESET : latest.get(0).at();
    }

    private String base(HttpServletRequest request) {
        return properties.baseUrl() != null ? properties.baseUrl()
                : ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
    }

    private String photoUrl(HttpServletRequest request, String photoId) {
        return base(request) + PUBLIC_PHOTOS + photoId;
    }

    /** ISO 8601 with the city's offset, to the second: {@code 2026-11-25T09:00:00+08:00}. */
    private String time(Instant instant) {
        return instant == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(platform.zone()));
    }

    String message(String key, Object... args) {
        var locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, UrbanGridException.displayed(args, messages, locale), key, locale);
    }
}
