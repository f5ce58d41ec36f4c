package org.urbangrid.console.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.urbangrid.cases.CaseView;
import org.urbangrid.duty.Answerable;
import org.urbangrid.duty.Duty;
import org.urbangrid.duty.Where;
import org.urbangrid.duty.WhoAnswers;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.PlatformProperties;

/**
 * 谁来负责: the one model of the "who answers here" panel (templates/cases/answers.html) that the desk case page, the
 * grid map and the phone pages show, read from {@link WhoAnswers} only. The caller has already decided that the viewer
 * may see the place (a case they may open, a grid of their street, a spot in their own area); this class decides what
 * of each answerable they see: everyone on a staff page sees names, organisations, places and letters; the phone only
 * reaches the roles that have to call ({@link #CALLERS}, and an inspector for a place in their own 责任区).
 */
@Component("answersPanel")
public class AnswersPanel {

    /**
     * Desk roles that call the people answerable for a place as part of their work: the operator and the shift leader
     * (verifying, filing), the dispatcher (sending to the right unit), the leader (urging) and the administrator (who
     * keeps the records). A handler (a department's own staff) and the public do not get the phones; an inspector does,
     * for the places of their own area, where they are the one on site.
     */
    public static final Set<Role> CALLERS = EnumSet.of(Role.OPERATOR, Role.SHIFT_LEADER, Role.DISPATCHER, Role.LEADER,
            Role.ADMIN);

    /** A letter (责任书) ending within this many days is marked as expiring (到期提醒). */
    public static final int EXPIRING_DAYS = 30;

    private static final Pattern DIALABLE = Pattern.compile("[^0-9+*#]");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final WhoAnswers whoAnswers;
    private final Organization organization;
    private final Clock clock;
    private final PlatformProperties platform;

    AnswersPanel(WhoAnswers whoAnswers, Organization organization, Clock clock, PlatformProperties platform) {
        this.whoAnswers = whoAnswers;
        this.organization = organization;
        this.clock = clock;
        this.platform = platform;
    }

    /** What the answerables answer for, in the order the panel lists the groups. */
    public enum Group {
        /** 门前三包: the unit and its supervising department. */
        FRONTAGE,
        /** 路长制 / 河长制: the chiefs of the segment or reach, by level. */
        CHIEFS,
        /** The grid's 网格责任人 and its 四位一体 team. */
        GRID,
        /** The 网区's 督导单位 and 包扶 leader. */
        ZONE,
        /** 社区包楼院 → 街道包社区 → 区包街道. */
        CHAIN;

        static Group of(Duty duty) {
            return switch (duty) {
                case FRONTAGE_UNIT, FRONTAGE_SUPERVISOR -> FRONTAGE;
                case CHIEF_DISTRICT, CHIEF_STREET, CHIEF_COMMUNITY -> CHIEFS;
                case GRID_KEEPER, TEAM_COMMUNITY_WORKER, TEAM_ENFORCEMENT, TEAM_POLICE, TEAM_SANITATION -> GRID;
                case ZONE_SUPERVISOR, ZONE_LEADER -> ZONE;
                case CHAIN_COMMUNITY, CHAIN_STREET, CHAIN_DISTRICT -> CHAIN;
            };
        }
    }

    /** The state of a responsibility letter on the day the page is shown. */
    public enum Letter {
        /** No letter recorded. */
        NONE,
        /** Signed and running (or open-ended). */
        VALID,
        /** Runs out within {@link #EXPIRING_DAYS} days. */
        EXPIRING,
        /** Ran out before today. */
        EXPIRED
    }

    /**
     * One answerable as the panel shows it.
     *
     * @param phone the phone to show, or null when the viewer may not have it
     * @param dial the phone reduced to what a {@code tel:} link dials, or null with {@code phone}
     * @param link a console path to the place's record, or null (only paths on this site are kept)
     * @param daysLeft days until the letter runs out (negative once expired), or null without an end
     */
    public record Row(String key, Duty duty, String name, String organisation, String placeKind, String placeName,
            String link, String phone, String dial, String signedOn, String endsOn, Letter letter, Long daysLeft) {

        /** Whether a letter is expected of this duty (a supervising department signs none), so a missing one is said. */
        public boolean signsLetter() {
            return duty != Duty.FRONTAGE_SUPERVISOR;
        }
    }

    /** The answerables of one {@link Group}, in {@link Duty} order. */
    public record Section(Group group, List<Row> rows) {}

    /**
     * The panel: the sections, whether phones are shown at all, and where the leader may urge along the chain.
     *
     * @param gridCode the unit grid asked about (shown under the title), or null
     * @param wholeGrid whether the whole grid was asked about (the grid map) rather than one spot
     * @param urgeHref the chain-urging page of the case, for a leader; null otherwise
     */
    public record Panel(List<Section> sections, boolean phones, String gridCode, boolean wholeGrid, String urgeHref) {

        public boolean empty() {
            return sections.isEmpty();
        }

        /** Every row, section after section: the order the page lists them in. */
        public List<Row> rows() {
            return sections.stream().flatMap(s -> s.rows().stream()).toList();
        }

        public Panel withUrge(String href) {
            return new Panel(sections, phones, gridCode, wholeGrid, href);
        }
    }

    /** The panel for a place the viewer may see: a spot with its grids, or a whole grid ({@link Where#grid}). */
    public Panel at(Where where, StaffPrincipal viewer) {
        var phones = mayCall(viewer, where.unitGridCode());
        var today = LocalDate.ofInstant(clock.instant(), platform.zone());
        var sections = new ArrayList<Section>();
        for (var answerable : whoAnswers.at(where)) {
            var group = Group.of(answerable.duty());
            if (sections.isEmpty() || sections.get(sections.size() - 1).group() != group) {
                sections.add(new Section(group, new ArrayList<>()));
            }
            sections.get(sections.size() - 1).rows().add(row(answerable, phones, today));
        }
        return new Panel(sections.stream().map(s -> new Section(s.group(), List.copyOf(s.rows()))).toList(), phones,
                where.unitGridCode(), !where.hasPosition(), null);
    }

    /** The panel for a case the viewer may open: at its position and in the grids it was filed in. */
    public Panel forCase(CaseView kase, StaffPrincipal viewer) {
        return at(new Where(kase.latitude(), kase.longitude(), kase.unitGridCode(), kase.communityCode(),
                kase.streetCode()), viewer);
    }

    /** Whether the viewer gets the phones of the people answerable at a place in this grid. */
    public boolean mayCall(StaffPrincipal viewer, String unitGridCode) {
        if (CALLERS.contains(viewer.role())) {
            return true;
        }
        return viewer.role() == Role.INSPECTOR && unitGridCode != null && organization.covers(viewer.id(), unitGridCode);
    }

    static Row row(Answerable a, boolean phones, LocalDate today) {
        var phone = phones && a.phone() != null && !a.phone().isBlank() ? a.phone().strip() : null;
        var dial = phone == null ? null : DIALABLE.matcher(phone).replaceAll("");
        Letter letter;
        Long daysLeft = a.letterEndsOn() == null ? null : ChronoUnit.DAYS.between(today, a.letterEndsOn());
        if (a.letterSignedOn() == null && a.letterEndsOn() == null) {
            letter = Letter.NONE;
        } else if (a.letterExpired(today)) {
            letter = Letter.EXPIRED;
        } else if (daysLeft != null && daysLeft <= EXPIRING_DAYS) {
            letter = Letter.EXPIRING;
        } else {
            letter = Letter.VALID;
        }
        return new Row(a.key(), a.duty(), a.name(), a.organisation(), a.placeKind(), a.placeName(), ownPath(a.link()),
                dial == null || dial.isEmpty() ? null : phone, dial == null || dial.isEmpty() ? null : dial,
                a.letterSignedOn() == null ? null : DAY.format(a.letterSignedOn()),
                a.letterEndsOn() == null ? null : DAY.format(a.letterEndsOn()), letter, daysLeft);
    }

    /** A link is kept only as a path on this site ({@code /console/…}): never another host or a script. */
    private static String ownPath(String link) {
        if (link == null || !link.startsWith("/") || link.startsWith("//") || link.contains("\\")) {
            return null;
        }
        return link;
    }
}
