package org.urbangrid.assessment.internal.inputs;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.audit.AuditLog;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.grid.Grid;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.GridLocator;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.DepartmentKind;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

/**
 * 月度抽查: draws, inspector assignment, findings and completion of each drawn grid.
 *
 * <ul>
 * <li>Administrators, shift leaders and leaders draw (a street-level leader only inside their street); one draw per
 * month and area, so a draw cannot be repeated until it suits.</li>
 * <li>Each drawn grid gets the first active inspector whose area covers it; a drawer may reassign. The assigned
 * inspector, or any inspector whose area covers the grid, records problems there (class, description, photo,
 * position inside the grid) and then completes the grid.</li>
 * <li>Each problem answers to a department: the one the inspector names, otherwise the street office of the
 * grid's street (属地管理).</li>
 * <li>A completed grid scores 100 − {@code deduction} (default 10) per problem, at least 0; it passes at
 * {@code pass-mark} (default 60) or more.</li>
 * </ul>
 */
@Service
public class SpotChecks {

    static final String ALGORITHM = "java.util.Random(seed); pool = unit grids of the area sorted by code; "
            + "for i in 0..n-1: j = i + nextInt(size - i), swap(pool[i], pool[j]); draw = pool[0..n-1]";

    private final SpotCheckRows rows;
    private final Grids grids;
    private final GridLocator locator;
    private final Organization organization;
    private final Catalog catalog;
    private final PhotoStore photos;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();
    private final double deduction;
    private final double passMark;

    SpotChecks(SpotCheckRows rows, Grids grids, GridLocator locator, Organization organization, Catalog catalog,
            PhotoStore photos, AuditLog audit, Clock clock,
            @Value("${urbangrid.assessment.spot-check.deduction:10}") double deduction,
            @Value("${urbangrid.assessment.spot-check.pass-mark:60}") double passMark) {
        this.rows = rows;
        this.grids = grids;
        this.locator = locator;
        this.organization = organization;
        this.catalog = catalog;
        this.photos = photos;
        this.audit = audit;
        this.clock = clock;
        this.deduction = deduction;
        this.passMark = passMark;
    }

    public static boolean mayDraw(StaffPrincipal who) {
        return who.role() == Role.ADMIN || who.role() == Role.SHIFT_LEADER || who.role() == Role.LEADER;
    }

    public double passMark() {
        return passMark;
    }

    double score(int problems) {
        return Math.max(0, 100 - deduction * problems);
    }

    @Transactional
    public SpotCheck draw(StaffPrincipal who, SpotCheck.Request request) {
        requireDrawer(who);
        var month = request.month() == null || request.month().isBlank() ? YearMonth.now(clock)
                : Months.parse(request.month(), "month");
        if (month.isAfter(YearMonth.now(clock))) {
            throw UrbanGridException.invalid("inputs.error.month-future", month.toString()).with("field", "month");
        }
        var area = requireArea(who, request.areaCode());
        var pool = pool(area.code());
        if (request.count() == null) {
            throw UrbanGridException.invalid("inputs.error.required", "count").with("field", "count");
        }
        if (request.count() < 1 || request.count() > pool.size()) {
            throw UrbanGridException.invalid("inputs.error.count", request.count(), pool.size(), area.name())
                    .with("field", "count").with("poolSize", pool.size());
        }
        if (rows.exists(month.toString(), area.code())) {
            throw UrbanGridException.conflict("inputs.error.drawn-already", month.toString(), area.name());
        }
        long seed = request.seed() != null ? request.seed() : seeds.nextLong();
        var drawn = SpotCheckDrawing.draw(pool, request.count(), seed);
        long id;
        try {
            id = rows.insertDraw(month.toString(), area.code(), request.count(), seed, pool.size(),
                    SpotCheckDrawing.poolHash(pool), who.id(), clock.instant());
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            throw UrbanGridException.conflict("inputs.error.drawn-already", month.toString(), area.name());
        }
        for (int i = 0; i < drawn.size(); i++) {
            var unit = grids.require(drawn.get(i));
            var community = grids.require(unit.parentCode());
            var inspector = organization.inspectorsCovering(unit.code()).stream().findFirst().map(m -> m.id()).orElse(null);
            rows.insertGrid(id, i, unit.code(), community.code(), community.parentCode(), inspector);
        }
        return audit.recorded("spot-checks", "draw", month + " " + area.code(), null, require(id));
    }

    /** Redraws a recorded draw from its seed over today's grids of its area. */
    public SpotCheck.Reproduction reproduce(long drawId) {
        var draw = require(drawId);
        var pool = pool(draw.areaCode());
        var recorded = draw.grids().stream().map(SpotCheck.Grid::unitGridCode).toList();
        var redrawn = draw.count() <= pool.size() ? SpotCheckDrawing.draw(pool, draw.count(), draw.seed()) : List.<String>of();
        return new SpotCheck.Reproduction(drawId, draw.areaCode(), draw.seed(), draw.count(), recorded, redrawn,
                recorded.equals(redrawn), pool.size(), SpotCheckDrawing.poolHash(pool).equals(draw.poolSha256()), ALGORITHM);
    }

    /** Any draw anyone can compute: the grids the seed picks from the area today. */
    public SpotCheck.Reproduction redraw(String areaCode, Integer count, Long seed) {
        var area = grids.find(areaCode).filter(g -> g.level() != GridLevel.UNIT)
                .orElseThrow(() -> UrbanGridException.invalid("inputs.error.area-unknown", String.valueOf(areaCode)).with("field", "area"));
        if (seed == null) {
            throw UrbanGridException.invalid("inputs.error.required", "seed").with("field", "seed");
        }
        var pool = pool(area.code());
        if (count == null || count < 1 || count > pool.size()) {
            throw UrbanGridException.invalid("inputs.error.count", String.valueOf(count), pool.size(), area.name())
                    .with("field", "count").with("poolSize", pool.size());
        }
        var redrawn = SpotCheckDrawing.draw(pool, count, seed);
        return new SpotCheck.Reproduction(0, area.code(), seed, count, List.of(), redrawn, false, pool.size(), true, ALGORITHM);
    }

    public List<SpotCheck> ofMonth(YearMonth month) {
        return rows.draws(month.toString()).stream().map(d -> require(d.id())).toList();
    }

    public SpotCheck require(long id) {
        var draw = rows.draw(id).orElseThrow(() -> UrbanGridException.notFound("inputs.error.draw-not-found", id));
        var drawn = rows.grids(id).stream().map(this::grid).toList();
        return new SpotCheck(draw.id(), draw.month(), draw.areaCode(), grids.nameOf(draw.areaCode()).orElse(draw.areaCode()),
                draw.count(), draw.seed(), draw.poolSize(), draw.poolSha256(), draw.drawnBy(), draw.drawnAt(), drawn);
    }

    public SpotCheck.Grid requireGrid(long drawId, String code) {
        return rows.grid(drawId, code).map(this::grid)
                .orElseThrow(() -> UrbanGridException.notFound("inputs.error.grid-not-drawn", String.valueOf(code), drawId));
    }

    public List<SpotCheck.Finding> findings(long drawId, String code) {
        return rows.findings(drawId, code);
    }

    public org.urbangrid.attachments.Photo photoOf(SpotCheck.Finding finding) {
        return photos.find(finding.photoId())
                .orElseThrow(() -> UrbanGridException.notFound("error.photo.not-found", finding.photoId()));
    }

    public java.io.InputStream openPhoto(SpotCheck.Finding finding) {
        return photos.open(finding.photoId());
    }

    public SpotCheck.Finding requireFinding(long id) {
        return rows.finding(id).orElseThrow(() -> UrbanGridException.notFound("inputs.error.finding-not-found", id));
    }

    @Transactional
    public SpotCheck.Grid assign(StaffPrincipal who, long drawId, String code, Long inspectorId) {
        requireDrawer(who);
        var grid = requireGrid(drawId, code);
        requireScope(who, grid.streetCode());
        if (inspectorId != null && organization.staff(inspectorId)
                .filter(m -> m.active() && m.role() == Role.INSPECTOR).isEmpty()) {
            throw UrbanGridException.invalid("inputs.error.not-an-inspector", inspectorId).with("field", "inspectorId");
        }
        rows.assign(drawId, code, inspectorId);
        return audit.recorded("spot-checks", "assign", drawId + " " + code, grid, requireGrid(drawId, code));
    }

    /** The drawn grids of this and last month an inspector may check and has not completed. */
    public List<SpotCheck.Grid> pendingFor(StaffPrincipal inspector) {
        var now = YearMonth.now(clock);
        return rows.pending(List.of(now.minusMonths(1).toString(), now.toString())).stream()
                .filter(g -> mayCheck(inspector, g.inspectorId(), g.unitGridCode())).map(this::grid).toList();
    }

    public boolean mayCheck(StaffPrincipal who, long drawId, String code) {
        var grid = requireGrid(drawId, code);
        return mayCheck(who, grid.inspectorId(), code);
    }

    private boolean mayCheck(StaffPrincipal who, Long assigned, String code) {
        return who.role() == Role.INSPECTOR && (Objects.equals(assigned, who.id()) || organization.covers(who.id(), code));
    }

    /** Records a problem at a drawn grid, claiming its photo (the inspector's own, not yet attached). */
    @Transactional
    public SpotCheck.Finding record(StaffPrincipal who, long drawId, String code, SpotCheck.FindingDraft draft) {
        var grid = requireCheckable(who, drawId, code);
        var classCode = Inputs.text(draft.classCode(), "classCode", 8);
        if (catalog.findClass(classCode).filter(c -> c.active()).isEmpty()) {
            throw UrbanGridException.invalid("inputs.error.class-unknown", classCode).with("field", "classCode");
        }
        var description = Inputs.text(draft.description(), "description", 1000);
        double lat = Inputs.between(draft.latitude(), "latitude", -90.0, 90.0);
        double lng = Inputs.between(draft.longitude(), "longitude", -180.0, 180.0);
        var at = locator.locate(lat, lng).unitGridCode();
        if (!at.equals(code)) {
            throw UrbanGridException.unprocessable("inputs.error.not-at-grid", at, code).with("field", "latitude")
                    .with("unitGridCode", at);
        }
        Long department = draft.departmentId() != null ? requireDepartment(draft.departmentId()) : streetOffice(grid.streetCode());
        if (draft.photoId() == null || draft.photoId().isBlank()) {
            throw UrbanGridException.invalid("inputs.error.photo-required").with("field", "photoId");
        }
        try {
            photos.claim(List.of(draft.photoId()), who.id());
        } catch (UrbanGridException refused) {
            throw refused.with("field", "photoId");
        }
        long id = rows.insertFinding(drawId, code, classCode, department, description, draft.photoId(), lat, lng,
                who.id(), clock.instant());
        return audit.recorded("spot-checks", "finding", drawId + " " + code, null, requireFinding(id));
    }

    /** Ends the check of a grid: no more findings; it passes or fails by its problems. */
    @Transactional
    public SpotCheck.Grid complete(StaffPrincipal who, long drawId, String code) {
        requireCheckable(who, drawId, code);
        if (!rows.complete(drawId, code, who.id(), clock.instant())) {
            throw UrbanGridException.conflict("inputs.error.grid-completed", code);
        }
        return audit.recorded("spot-checks", "complete", drawId + " " + code, null, requireGrid(drawId, code));
    }

    private SpotCheck.Grid requireCheckable(StaffPrincipal who, long drawId, String code) {
        var grid = requireGrid(drawId, code);
        if (!mayCheck(who, grid.inspectorId(), code)) {
            throw UrbanGridException.forbidden("inputs.error.not-your-grid", code);
        }
        if (grid.checkedAt() != null) {
            throw UrbanGridException.conflict("inputs.error.grid-completed", code);
        }
        return grid;
    }

    private long requireDepartment(long id) {
        return organization.department(id).filter(d -> d.active() && d.kind() != DepartmentKind.CENTRE)
                .orElseThrow(() -> UrbanGridException.invalid("inputs.error.department-unknown", id).with("field", "departmentId"))
                .id();
    }

    private Long streetOffice(String streetCode) {
        return organization.departments().stream()
                .filter(d -> d.active() && d.kind() == DepartmentKind.STREET_OFFICE && streetCode.equals(d.streetCode()))
                .map(d -> d.id()).findFirst().orElse(null);
    }

    private void requireDrawer(StaffPrincipal who) {
        if (!mayDraw(who)) {
            throw UrbanGridException.forbidden("error.role-required", "ADMIN, SHIFT_LEADER, LEADER");
        }
    }

    private void requireScope(StaffPrincipal who, String streetCode) {
        if (who.streetCode() != null && !who.streetCode().equals(streetCode)) {
            throw UrbanGridException.forbidden("inputs.error.outside-scope", String.valueOf(streetCode));
        }
    }

    private Grid requireArea(StaffPrincipal who, String code) {
        var area = code == null ? null : grids.find(code).filter(g -> g.level() != GridLevel.UNIT).orElse(null);
        if (area == null) {
            throw UrbanGridException.invalid("inputs.error.area-unknown", String.valueOf(code)).with("field", "areaCode");
        }
        if (who.streetCode() != null && !area.code().startsWith(who.streetCode())) {
            throw UrbanGridException.forbidden("inputs.error.outside-scope", area.code());
        }
        return area;
    }

    /** Every unit grid under the area, sorted by code. */
    List<String> pool(String areaCode) {
        var units = new ArrayList<String>();
        collect(grids.require(areaCode), units);
        units.sort(null);
        return units;
    }

    private void collect(Grid grid, List<String> units) {
        if (grid.level() == GridLevel.UNIT) {
            units.add(grid.code());
            return;
        }
        grids.children(grid.code()).forEach(child -> collect(child, units));
    }

    private SpotCheck.Grid grid(SpotCheckRows.GridRow row) {
        Double score = row.checkedAt() == null ? null : score(row.problems());
        var result = score == null ? SpotCheck.Result.PENDING : score >= passMark ? SpotCheck.Result.PASS : SpotCheck.Result.FAIL;
        return new SpotCheck.Grid(row.drawId(), row.order(), row.unitGridCode(), grids.nameOf(row.unitGridCode()).orElse(row.unitGridCode()),
                row.communityCode(), row.streetCode(), row.inspectorId(), row.checkedBy(), row.checkedAt(), row.problems(),
                score, result);
    }
}
