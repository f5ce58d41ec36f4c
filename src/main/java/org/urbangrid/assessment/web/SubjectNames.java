package org.urbangrid.assessment.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.urbangrid.assessment.Subject;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;
import org.urbangrid.platform.Localized;

/**
 * A ranked subject's name in the page's language: departments and regions by their English names on English pages
 * (people keep their names); Chinese pages show the name the ranking carries (a published one keeps it frozen).
 */
@Component
class SubjectNames {

    private final Organization organization;
    private final Grids grids;

    SubjectNames(Organization organization, Grids grids) {
        this.organization = organization;
        this.grids = grids;
    }

    String of(Subject subject) {
        if (!Localized.english(LocaleContextHolder.getLocale())) {
            return subject.name();
        }
        return switch (subject.kind()) {
            case DEPARTMENT -> parseId(subject.id()) == null ? subject.name()
                    : organization.department(parseId(subject.id())).map(Localized::localName).orElse(subject.name());
            case DISTRICT, STREET, COMMUNITY, UNIT_GRID ->
                    grids.find(subject.id()).map(Localized::localName).orElse(subject.name());
            default -> subject.name();
        };
    }

    private static Long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
