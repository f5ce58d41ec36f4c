package org.urbangrid.board.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.urbangrid.cases.PublicCase;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;
import org.urbangrid.platform.PlatformProperties;

/** Resolves a public case's codes to words in the page's language. */
@Component
class BoardWords {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Catalog catalog;
    private final Grids grids;
    private final Organization organization;
    private final MessageSource messages;
    private final ZoneId zone;

    BoardWords(Catalog catalog, Grids grids, Organization organization, MessageSource messages,
            PlatformProperties platform) {
        this.catalog = catalog;
        this.grids = grids;
        this.organization = organization;
        this.messages = messages;
        this.zone = platform.zone();
    }

    BoardCase of(PublicCase c) {
        return new BoardCase(c, text("board.status." + c.publicStatus().name()), className(c.classCode()),
                gridName(c.streetCode()), gridName(c.communityCode()),
                c.departmentId() == null ? null
                        : organization.department(c.departmentId()).map(d -> d.localName()).orElse(null),
                time(c.reportedAt()), time(c.expectedAt()), time(c.closedAt()), time(c.updatedAt()));
    }

    String className(String code) {
        if (code == null) {
            return text("board.class.none");
        }
        return catalog.findClass(code).map(k -> k.localName()).orElse(code);
    }

    String gridName(String code) {
        return code == null ? null : grids.find(code).map(g -> g.localName()).orElse(code);
    }

    String time(Instant at) {
        return at == null ? null : TIME.format(at.atZone(zone));
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    /** A refusal's message in the page's language. */
    String refusal(org.urbangrid.platform.UrbanGridException e) {
        return e.message(messages, locale());
    }

    Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
