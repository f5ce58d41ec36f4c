package org.urbangrid.assessment.ledger;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.attachments.TestImages;
import org.urbangrid.cases.CaseManagement;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.CloseKind;
import org.urbangrid.cases.MoveCommand;
import org.urbangrid.cases.NewReport;
import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.support.MutableClock;

/** Lives cases through the domain's own moves, as the demo accounts, at the times the test sets on the clock. */
class CaseLives {

    /** A unit grid in the demo inspector's area (凌水街道; 环卫 handles its rubbish). */
    static final String GRID = "210231001002005";

    private final CaseManagement cases;
    private final Organization organization;
    private final PhotoStore photos;
    private final Grids grids;
    private final MutableClock clock;

    CaseLives(CaseManagement cases, Organization organization, PhotoStore photos, Grids grids, MutableClock clock) {
        this.cases = cases;
        this.organization = organization;
        this.photos = photos;
        this.grids = grids;
        this.clock = clock;
    }

    long id(String username) {
        return organization.staffByUsername(username).orElseThrow().id();
    }

    void at(LocalDateTime local) {
        clock.set(local);
    }

    private StaffPrincipal signIn(String username) {
        var staff = StaffPrincipal.of(organization.staffByUsername(username).orElseThrow());
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(staff, null, List.of()));
        return staff;
    }

    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String photo(String username) {
        return photos.store(TestImages.png(), id(username)).id();
    }

    /** An inspector's report of exposed rubbish (4 work hours to handle). */
    long inspectorReport(String inspector, String grid) {
        signIn(inspector);
        var point = grids.centroidOf(grid);
        return cases.report(new NewReport(CaseSource.INSPECTOR, point.latitude(), point.longitude(), "E0102-01",
                "路边暴露垃圾 " + String.format(Locale.ROOT, "%d", clock.millis()), List.of(photo(inspector)), null,
                null), Optional.empty()).kase().id();
    }

    /** A citizen's hotline call, taken by the operator, class left for filing. */
    long hotlineReport(String grid) {
        var point = grids.centroidOf(grid);
        return hotlineReport(point.latitude(), point.longitude());
    }

    /** {@link #hotlineReport(String)} at a position. */
    long hotlineReport(double latitude, double longitude) {
        signIn("operator");
        return cases.report(new NewReport(CaseSource.HOTLINE_12345, latitude, longitude, null,
                "市民来电:垃圾没人清", List.of(), null, "138****0000"), Optional.empty()).kase().id();
    }

    /** {@link #inspectorReport(String, String)} at a position. */
    long inspectorReport(String inspector, double latitude, double longitude) {
        signIn(inspector);
        return cases.report(new NewReport(CaseSource.INSPECTOR, latitude, longitude, "E0102-01",
                "路边暴露垃圾 " + String.format(Locale.ROOT, "%d", clock.millis()), List.of(photo(inspector)), null,
                null), Optional.empty()).kase().id();
    }

    long onTheSpot(String inspector, String grid) {
        signIn(inspector);
        var point = grids.centroidOf(grid);
        return cases.handleOnSpot(new NewReport(CaseSource.INSPECTOR, point.latitude(), point.longitude(), "E0102-01",
                "当场清理", List.of(photo(inspector)), null, null), Optional.empty()).kase().id();
    }

    void move(String username, long caseId, CaseMove move) {
        move(username, caseId, move, null, null, null);
    }

    /** A move with what it needs: a reason and photos where the table asks, and the ids given. */
    void move(String username, long caseId, CaseMove move, Long department, Long inspector, MoveCommand.Extension ext) {
        signIn(username);
        var needsPhoto = switch (move) {
            case VERIFY_TRUE, VERIFY_FALSE, REPORT_HANDLED, CHECK_PASS, REPORT_MADE_SAFE -> true;
            default -> false;
        };
        var condition = move == CaseMove.FILE ? "E0102-01" : null;
        var command = new MoveCommand(null, "说明", needsPhoto ? List.of(photo(username)) : null, department, null,
                inspector, condition, ext, move == CaseMove.CLOSE ? null : (CloseKind) null, null);
        cases.move(caseId, move, command);
    }

    static MoveCommand.Extension workHours(int hours) {
        return new MoveCommand.Extension(hours, LimitUnit.WORK_HOURS);
    }
}
