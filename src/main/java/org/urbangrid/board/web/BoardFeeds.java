package org.urbangrid.board.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.urbangrid.board.internal.BoardProperties;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.PublicCase;
import org.urbangrid.cases.PublicCases;
import org.urbangrid.cases.PublicQuery;
import org.urbangrid.grid.Grid;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.platform.UrbanGridException;

/**
 * 订阅 (Atom 1.0, RFC 4287) per street and per community: {@code /public/feeds/street/{code}.atom} and
 * {@code /public/feeds/community/{code}.atom}. One entry when a case is reported (新案件; merged duplicates are not
 * new cases) and one when it is closed (已办结), newest first, at most {@code urbangrid.board.feed-size} (50); ids are
 * {@code tag:} URIs that never change; each entry links to the case's public page. ETag and Last-Modified let a
 * reader ask again cheaply; an unknown code is 404.
 */
@RestController
class BoardFeeds {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final MediaType ATOM_TYPE = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final EnumSet<CaseStatus> NOT_MERGED = EnumSet.complementOf(EnumSet.of(CaseStatus.MERGED));

    private record Entry(PublicCase kase, boolean closed, Instant at) {}

    private final PublicCases cases;
    private final Grids grids;
    private final BoardWords words;
    private final BoardProperties properties;
    private final Clock clock;

    BoardFeeds(PublicCases cases, Grids grids, BoardWords words, BoardProperties properties, Clock clock) {
        this.cases = cases;
        this.grids = grids;
        this.words = words;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/public/feeds/street/{code}.atom")
    ResponseEntity<byte[]> street(@PathVariable String code, WebRequest request) {
        return feed(area(code, GridLevel.STREET), request);
    }

    @GetMapping("/public/feeds/community/{code}.atom")
    ResponseEntity<byte[]> community(@PathVariable String code, WebRequest request) {
        return feed(area(code, GridLevel.COMMUNITY), request);
    }

    private Grid area(String code, GridLevel level) {
        return grids.find(code).filter(g -> g.level() == level)
                .orElseThrow(() -> UrbanGridException.notFound("error.board.area-not-found", code));
    }

    private ResponseEntity<byte[]> feed(Grid area, WebRequest request) {
        boolean street = area.level() == GridLevel.STREET;
        int size = properties.feedSize();
        var reported = cases.search(query(area.code(), street, size).inStates(NOT_MERGED));
        var closed = cases.search(query(area.code(), street, size).inStates(BoardPages.CLOSED));
        var entries = new ArrayList<Entry>();
        reported.forEach(c -> entries.add(new Entry(c, false, c.reportedAt())));
        closed.stream().filter(c -> c.closedAt() != null).forEach(c -> entries.add(new Entry(c, true, c.closedAt())));
        entries.sort(Comparator.comparing(Entry::at).reversed().thenComparing(e -> e.kase().id(), Comparator.reverseOrder()));
        var shown = entries.subList(0, Math.min(size, entries.size()));
        var updated = shown.isEmpty() ? clock.instant().truncatedTo(ChronoUnit.DAYS) : shown.get(0).at();
        var etag = "\"" + etag(area, shown, words.locale().getLanguage()) + "\"";
        var cache = CacheControl.noCache().cachePublic();
        if (request.checkNotModified(etag, updated.toEpochMilli())) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(cache).build();
        }
        var self = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).build().toUriString();
        var site = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return ResponseEntity.ok().contentType(ATOM_TYPE).eTag(etag).lastModified(updated).cacheControl(cache)
                .body(write(area, shown, updated, self, site));
    }

    private static PublicQuery query(String code, boolean street, int size) {
        return new PublicQuery(null, null, null, null, null, street ? code : null, street ? null : code, null, null,
                null, 0, size);
    }

    private byte[] write(Grid area, List<Entry> entries, Instant updated, String self, String site) {
        var out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.setDefaultNamespace(ATOM);
            x.writeStartElement(ATOM, "feed");
            x.writeDefaultNamespace(ATOM);
            x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", words.locale().getLanguage().equals("en") ? "en" : "zh-CN");
            text(x, "id", tag("feed/" + area.level().name().toLowerCase(java.util.Locale.ROOT) + "/" + area.code()));
            text(x, "title", words.text("board.feed.title", area.localName()));
            text(x, "subtitle", words.text("board.feed.subtitle"));
            text(x, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
            link(x, "self", self, "application/atom+xml");
            link(x, "alternate", site + "/public/board", "text/html");
            x.writeStartElement(ATOM, "author");
            text(x, "name", words.text("board.feed.author"));
            x.writeEndElement();
            text(x, "generator", "UrbanGrid");
            for (var e : entries) {
                var c = e.kase();
                var at = DateTimeFormatter.ISO_INSTANT.format(e.at());
                x.writeStartElement(ATOM, "entry");
                text(x, "id", tag("case/" + c.number() + (e.closed() ? "/closed" : "/reported")));
                text(x, "title", words.text(e.closed() ? "board.feed.closed" : "board.feed.reported", c.number(),
                        words.className(c.classCode())));
                text(x, "updated", at);
                text(x, "published", at);
                link(x, "alternate", site + "/public/board/cases/" + c.number(), "text/html");
                x.writeStartElement(ATOM, "category");
                x.writeAttribute("term", e.closed() ? "closed" : "reported");
                x.writeEndElement();
                text(x, "summary", summary(c));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toByteArray();
    }

    /** The plain-word status (now), the class, the address and dates, the answer and the public text. */
    private String summary(PublicCase c) {
        var b = new StringBuilder(words.text("board.feed.status", words.text("board.status." + c.publicStatus().name())));
        b.append(" · ").append(words.className(c.classCode()));
        if (c.address() != null) {
            b.append(" · ").append(c.address());
        }
        b.append(" · ").append(words.text("board.reported-at", words.time(c.reportedAt())));
        if (c.closedAt() != null && c.status() == CaseStatus.CLOSED) {
            b.append(" · ").append(words.text("board.closed-at", words.time(c.closedAt())));
        }
        if (c.answer() != null) {
            b.append("\n").append(words.text("board.answer")).append(": ").append(c.answer());
        }
        if (c.description() != null) {
            b.append("\n").append(c.description());
        }
        return b.toString();
    }

    private String tag(String specific) {
        return "tag:" + properties.tagAuthority() + ",2026:" + specific;
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(ATOM, name);
        x.writeCharacters(value == null ? "" : value);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeEmptyElement(ATOM, "link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
    }

    private static String etag(Grid area, List<Entry> entries, String language) {
        try {
            var md = MessageDigest.getInstance("SHA-256");
            md.update((area.code() + "|" + language).getBytes(StandardCharsets.UTF_8));
            for (var e : entries) {
                md.update(("|" + e.kase().number() + e.closed() + e.at() + e.kase().updatedAt())
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest(), 0, 12);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
