package org.urbangrid.gridteams;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.attachments.Photo;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.audit.AuditLog;
import org.urbangrid.duty.Duty;
import org.urbangrid.grid.Grid;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.gridteams.internal.PostFile;
import org.urbangrid.gridteams.internal.TeamRows;
import org.urbangrid.gridteams.internal.TeamSource;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.platform.UrbanGridException;

/**
 * 网格责任体系: the grid keepers, the 四位一体 teams, the 网区 and the chain 区包街道 → 街道包社区 → 社区包楼院, with their
 * responsibility letters (责任书).
 *
 * <p><b>Who may read and edit.</b> Administrators and leaders read everything (phones included). Administrators edit
 * everything and import. A leader scoped to a street edits the keeper and the 四位一体 team of the unit grids in their
 * own street (they know the people on the ground); the 网区 and the chain are signed above the street, so only
 * administrators change them. Every change is recorded in the audit log (area {@value #AUDIT}).
 *
 * <p><b>Keys.</b> The number in a duty key is the person's id ({@code keeper:<id>}, {@code team:<id>},
 * {@code chain:<id>}, {@code zone:<id>}), so one person keeping ten grids is one key everywhere.
 */
@Service
public class GridTeams {

    static final String AUDIT = "gridteams";

    /** How far ahead the renewal list looks. */
    public static final int LETTER_NOTICE_DAYS = 30;

    /** The duties that are posts at a place (the zone's two are kept on the zone). */
    public static final Set<Duty> POST_DUTIES = EnumSet.of(Duty.GRID_KEEPER, Duty.TEAM_COMMUNITY_WORKER,
            Duty.TEAM_ENFORCEMENT, Duty.TEAM_POLICE, Duty.TEAM_SANITATION, Duty.CHAIN_COMMUNITY, Duty.CHAIN_STREET,
            Duty.CHAIN_DISTRICT);

    /** The grid's own people: what a street leader may edit in their street. */
    public static final Set<Duty> TEAM_DUTIES = EnumSet.of(Duty.GRID_KEEPER, Duty.TEAM_COMMUNITY_WORKER,
            Duty.TEAM_ENFORCEMENT, Duty.TEAM_POLICE, Duty.TEAM_SANITATION);

    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,32}");
    private static final Pattern ZONE_CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final int MAX_IMPORT_ROWS = 20_000;

    private final TeamRows rows;
    private final TeamSource source;
    private final Grids grids;
    private final Organization organization;
    private final CurrentStaff current;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;
    private final PlatformProperties platform;
    private final PhotoStore photos;

    GridTeams(TeamRows rows, TeamSource source, Grids grids, Organization organization, CurrentStaff current,
            AuditLog audit, MessageSource messages, Clock clock, PlatformProperties platform, PhotoStore photos) {
        this.photos = photos;
        this.rows = rows;
        this.source = source;
        this.grids = grids;
        this.organization = organization;
        this.current = current;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.platform = platform;
    }

    // keys

    /** The duty key of a person in a duty: {@code keeper:}, {@code team:}, {@code chain:} or {@code zone:} and the id. */
    public static String keyOf(Duty duty, long personId) {
        return switch (duty) {
            case GRID_KEEPER -> "keeper:" + personId;
            case TEAM_COMMUNITY_WORKER, TEAM_ENFORCEMENT, TEAM_POLICE, TEAM_SANITATION -> "team:" + personId;
            case ZONE_SUPERVISOR, ZONE_LEADER -> "zone:" + personId;
            case CHAIN_COMMUNITY, CHAIN_STREET, CHAIN_DISTRICT -> "chain:" + personId;
            default -> throw new IllegalArgumentException("not a grid-team duty: " + duty);
        };
    }

    /** The person id in one of this module's keys; empty for another system's key. */
    public static Optional<Long> personIdOf(String key) {
        if (key == null) {
            return Optional.empty();
        }
        for (var prefix : List.of("keeper:", "team:", "zone:", "chain:")) {
            if (key.startsWith(prefix) && key.length() > prefix.length() && key.length() < prefix.length() + 19
                    && key.substring(prefix.length()).chars().allMatch(Character::isDigit)) {
                return Optional.of(Long.parseLong(key.substring(prefix.length())));
            }
        }
        return Optional.empty();
    }

    // reading

    /** The city's day today. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(platform.zone()));
    }

    /** A community's 网区, by code. Administrators and leaders (a street leader: of their street). */
    public List<Zone> zones(String communityCode) {
        var me = readers();
        if (communityCode == null || !covers(me, communityCode)) {
            throw UrbanGridException.forbidden("gridteams.error.read-scope", communityCode);
        }
        return rows.zones(communityCode);
    }

    /**
     * The posts not ended before today of a community's unit grids, the community itself (街道包社区) and its street
     * (区包街道). Administrators and leaders (a street leader: of their street).
     */
    public List<Post> posts(String communityCode) {
        var me = readers();
        if (communityCode == null || !covers(me, communityCode)) {
            throw UrbanGridException.forbidden("gridteams.error.read-scope", communityCode);
        }
        var community = grids.require(communityCode);
        if (community.level() != GridLevel.COMMUNITY) {
            throw UrbanGridException.notFound("gridteams.error.not-community", communityCode);
        }
        return rows.posts(communityCode, community.parentCode(), today());
    }

    /** A person by id. */
    public Optional<Person> person(long id) {
        return rows.person(id);
    }

    /**
     * 责任书 to renew: letters of posts still held and of 网区 leaders that end within {@value #LETTER_NOTICE_DAYS}
     * days from today or have ended, soonest first. Administrators and leaders (a street leader: their street).
     */
    public List<Letter> letters() {
        var me = readers();
        var today = today();
        var by = today.plusDays(LETTER_NOTICE_DAYS);
        var all = new ArrayList<Letter>();
        for (var post : rows.postsWithLettersEndingBy(by, today)) {
            if (covers(me, post.placeCode())) {
                all.add(new Letter(post.key(), post.duty(), post.person().name(), post.person().organisation(),
                        post.placeCode(), grids.nameOf(post.placeCode()).orElse(post.placeCode()), null,
                        post.letterSignedOn(), post.letterEndsOn(), post.letterEndsOn().isBefore(today),
                        post.letterScanId() == null ? null : "/console/grid-teams/posts/" + post.id() + "/scan"));
            }
        }
        for (var zone : rows.zonesWithLettersEndingBy(by)) {
            if (zone.leader() != null && covers(me, zone.communityCode())) {
                all.add(new Letter(keyOf(Duty.ZONE_LEADER, zone.leader().id()), Duty.ZONE_LEADER,
                        zone.leader().name(), zone.leader().organisation(), zone.communityCode(), zone.name(),
                        zone.code(), zone.letterSignedOn(), zone.letterEndsOn(), zone.letterEndsOn().isBefore(today),
                        zone.letterScanId() == null ? null : "/console/grid-teams/zones/" + zone.id() + "/scan"));
            }
        }
        all.sort(java.util.Comparator.comparing(Letter::endsOn));
        return all;
    }

    /** Whether the person may edit the post of this duty at this place (the pages show the forms by it). */
    public boolean mayEdit(StaffPrincipal staff, String placeCode, Duty duty) {
        if (staff.role() == Role.ADMIN) {
            return true;
        }
        return staff.role() == Role.LEADER && staff.streetCode() != null && TEAM_DUTIES.contains(duty)
                && placeCode != null && placeCode.startsWith(staff.streetCode());
    }

    /** Whether the person edits any team at all (a street leader, an administrator). */
    public boolean editsTeams(StaffPrincipal staff) {
        return staff.role() == Role.ADMIN || (staff.role() == Role.LEADER && staff.streetCode() != null);
    }

    // editing

    /**
     * Puts a person in a post; the post of the same place and duty still open on the first day ends the day before
     * (one that would start later is replaced). 400 naming the field; 403 outside the editor's scope.
     */
    @Transactional
    public Post assign(PostInput input) {
        var me = current.require(Role.ADMIN, Role.LEADER);
        var problems = check(input, new Places(grids));
        if (!problems.isEmpty()) {
            var first = problems.get(0);
            throw UrbanGridException.invalid(first.key(), first.args()).with("field", first.field());
        }
        if (!mayEdit(me, input.placeCode().strip(), input.duty())) {
            throw UrbanGridException.forbidden("gridteams.error.scope", input.placeCode());
        }
        var row = normalise(input);
        var before = rows.posts(row.placeCode(), null, today()).stream()
                .filter(p -> p.placeCode().equals(row.placeCode()) && p.duty() == row.duty()).toList();
        var people = new People(rows.people());
        long personId = people.idOf(row, rows, organization, clock);
        rows.endOpen(row.placeCode(), row.duty(), row.since());
        long id = rows.insertPost(new TeamRows.NewPostRow(row.placeCode(), row.duty(), personId, row.since(),
                row.until(), row.letterSignedOn(), row.letterEndsOn()), clock.instant());
        var post = rows.post(id).orElseThrow();
        audit.record(AUDIT, "assign", row.placeCode() + " " + row.duty(), before.stream().map(GridTeams::state).toList(),
                state(post));
        source.refresh();
        return post;
    }

    /** Ends a post on a day (today when null; not before it started). 404, 403 as for {@link #assign}. */
    @Transactional
    public Post end(long postId, LocalDate until) {
        var me = current.require(Role.ADMIN, Role.LEADER);
        var post = rows.post(postId).orElseThrow(() -> UrbanGridException.notFound("gridteams.error.post-not-found",
                postId));
        if (!mayEdit(me, post.placeCode(), post.duty())) {
            throw UrbanGridException.forbidden("gridteams.error.scope", post.placeCode());
        }
        var last = until == null ? today() : until;
        if (last.isBefore(post.since())) {
            rows.deletePost(postId);
        } else {
            rows.endPost(postId, last);
        }
        audit.record(AUDIT, "end", post.placeCode() + " " + post.duty(), state(post), Map.of("until", last.toString()));
        source.refresh();
        return post;
    }

    /**
     * Creates ({@code id} null) or changes a 网区. Its unit grids must be unit grids of its community and in no other
     * zone. Administrators only. 400 naming the field; 409 when the code is taken.
     */
    @Transactional
    public Zone saveZone(Long id, ZoneInput input) {
        current.require(Role.ADMIN);
        var before = id == null ? null : rows.zone(id).orElseThrow(() -> UrbanGridException.notFound(
                "gridteams.error.zone-not-found", id));
        var code = required("code", input.code(), 32);
        if (!ZONE_CODE.matcher(code).matches()) {
            throw UrbanGridException.invalid("gridteams.error.zone-code").with("field", "code");
        }
        var name = required("name", input.name(), 100);
        var community = input.communityCode() == null ? "" : input.communityCode().strip();
        var communityGrid = grids.find(community).filter(g -> g.level() == GridLevel.COMMUNITY).orElseThrow(
                () -> UrbanGridException.invalid("gridteams.error.not-community", community).with("field", "communityCode"));
        var codes = new LinkedHashSet<String>();
        var taken = rows.zoneGrids();
        for (var raw : input.unitGridCodes() == null ? List.<String>of() : input.unitGridCodes()) {
            var grid = raw == null ? "" : raw.strip();
            if (grid.isEmpty()) {
                continue;
            }
            var found = grids.find(grid);
            if (found.isEmpty() || found.get().level() != GridLevel.UNIT
                    || !communityGrid.code().equals(found.get().parentCode())) {
                throw UrbanGridException.invalid("gridteams.error.zone-grid", grid, communityGrid.code())
                        .with("field", "unitGridCodes");
            }
            var other = taken.get(grid);
            if (other != null && !other.equals(id)) {
                var otherCode = rows.zone(other).map(Zone::code).orElse(String.valueOf(other));
                throw UrbanGridException.invalid("gridteams.error.zone-grid-taken", grid, otherCode)
                        .with("field", "unitGridCodes");
            }
            codes.add(grid);
        }
        var existing = rows.zoneIdByCode(code);
        if (existing.isPresent() && !existing.get().equals(id)) {
            throw UrbanGridException.conflict("gridteams.error.zone-code-taken", code).with("field", "code");
        }
        checkLetter(input.letterSignedOn(), input.letterEndsOn());
        var people = new People(rows.people());
        Long supervisor = personOrNull(people, "supervisorName", input.supervisorName(), "supervisorPhone",
                input.supervisorPhone(), input.supervisorName());
        Long leader = personOrNull(people, "leaderName", input.leaderName(), "leaderPhone", input.leaderPhone(),
                input.leaderOrganisation());
        long zoneId;
        if (id == null) {
            zoneId = rows.insertZone(code, name, community, supervisor, leader, input.letterSignedOn(),
                    input.letterEndsOn(), clock.instant());
        } else {
            zoneId = id;
            rows.updateZone(id, code, name, community, supervisor, leader, input.letterSignedOn(),
                    input.letterEndsOn());
        }
        rows.setZoneGrids(zoneId, List.copyOf(codes));
        var after = rows.zone(zoneId).orElseThrow();
        audit.record(AUDIT, id == null ? "zone-create" : "zone-change", code, before == null ? null : state(before),
                state(after));
        source.refresh();
        return after;
    }

    /** A stored scan of a letter: its metadata and its bytes. */
    public record Scan(Photo photo, java.io.InputStream content) {}

    /**
     * Keeps the scanned letter (责任书扫描件) of a post: an image (JPEG, PNG or WebP, as the photo store takes; 415 or 413
     * otherwise), stored and claimed by the uploader so it is kept. Whoever may edit the post; recorded in the audit log.
     */
    @Transactional
    public Post attachPostScan(long postId, byte[] image) {
        var me = current.require(Role.ADMIN, Role.LEADER);
        var post = rows.post(postId).orElseThrow(() -> UrbanGridException.notFound("gridteams.error.post-not-found",
                postId));
        if (!mayEdit(me, post.placeCode(), post.duty())) {
            throw UrbanGridException.forbidden("gridteams.error.scope", post.placeCode());
        }
        var scan = storeScan(image, me);
        rows.setPostScan(postId, scan);
        audit.record(AUDIT, "letter-scan", post.placeCode() + " " + post.duty(), post.letterScanId(), scan);
        return rows.post(postId).orElseThrow();
    }

    /** Keeps the scanned 网格化管理责任书 of a 网区's leader. Administrators only. */
    @Transactional
    public Zone attachZoneScan(long zoneId, byte[] image) {
        var me = current.require(Role.ADMIN);
        var zone = rows.zone(zoneId).orElseThrow(() -> UrbanGridException.notFound("gridteams.error.zone-not-found",
                zoneId));
        var scan = storeScan(image, me);
        rows.setZoneScan(zoneId, scan);
        audit.record(AUDIT, "letter-scan", zone.code(), zone.letterScanId(), scan);
        return rows.zone(zoneId).orElseThrow();
    }

    /** A post's scanned letter, for administrators and leaders who may read the post's street; 404 when none. */
    public Scan postScan(long postId) {
        var me = readers();
        var post = rows.post(postId).filter(p -> p.letterScanId() != null && covers(me, p.placeCode()))
                .orElseThrow(() -> UrbanGridException.notFound("gridteams.error.scan-not-found", postId));
        return scan(post.letterScanId(), postId);
    }

    /** A 网区 leader's scanned letter; 404 when none. */
    public Scan zoneScan(long zoneId) {
        var me = readers();
        var zone = rows.zone(zoneId).filter(z -> z.letterScanId() != null && covers(me, z.communityCode()))
                .orElseThrow(() -> UrbanGridException.notFound("gridteams.error.scan-not-found", zoneId));
        return scan(zone.letterScanId(), zoneId);
    }

    private Scan scan(String id, long owner) {
        var photo = photos.find(id).orElseThrow(() -> UrbanGridException.notFound("gridteams.error.scan-not-found",
                owner));
        return new Scan(photo, photos.open(id));
    }

    private String storeScan(byte[] image, StaffPrincipal me) {
        if (image == null || image.length == 0) {
            throw UrbanGridException.invalid("gridteams.error.file-empty").with("field", "file");
        }
        var photo = photos.store(image, me.id());
        photos.claim(List.of(photo.id()), me.id());
        return photo.id();
    }

    /** Removes a 网区 (its grids stay, in no zone). Administrators only. */
    @Transactional
    public void deleteZone(long id) {
        current.require(Role.ADMIN);
        var before = rows.zone(id).orElseThrow(() -> UrbanGridException.notFound("gridteams.error.zone-not-found", id));
        rows.deleteZone(id);
        audit.record(AUDIT, "zone-delete", before.code(), state(before), null);
        source.refresh();
    }

    /**
     * 批量导入: posts from a CSV (UTF-8, comma-separated) or Excel (.xlsx, the first sheet) file with the header
     * {@code place,duty,name,phone,organisation,username,since,until,letter_signed_on,letter_ends_on}. All or nothing:
     * with any bad row nothing is stored and the report names every bad row. Administrators only.
     */
    @Transactional
    public ImportReport importFile(String filename, byte[] content) {
        current.require(Role.ADMIN);
        var locale = LocaleContextHolder.getLocale();
        PostFile.Parsed parsed;
        try {
            parsed = PostFile.read(filename, content, MAX_IMPORT_ROWS);
        } catch (UrbanGridException e) {
            return new ImportReport(0, 0, List.of(new ImportReport.Problem(1, "", e.message(messages, locale))));
        }
        var report = load(parsed, locale);
        audit.record(AUDIT, "import", filename == null ? "" : filename, null,
                Map.of("rows", report.rows(), "stored", report.stored(), "problems", report.problems().size()));
        return report;
    }

    /**
     * Loads posts without a signed-in person, all or nothing, as an import does (the demo district, a city's first
     * register): recorded in the audit log as the system. Throws 400 with the first problem.
     */
    @Transactional
    public int seed(List<PostInput> inputs) {
        var parsed = new PostFile.Parsed(inputs.stream().map(i -> new PostFile.Row(0, i, List.of())).toList());
        var report = load(parsed, Locale.SIMPLIFIED_CHINESE);
        if (!report.accepted()) {
            var first = report.problems().get(0);
            throw UrbanGridException.invalid("gridteams.error.seed", first.column(), first.message());
        }
        audit.record(AUDIT, "seed", "posts", null, Map.of("stored", report.stored()));
        return report.stored();
    }

    /** A 网区 loaded without a signed-in person (the demo district). */
    @Transactional
    public Zone seedZone(ZoneInput input) {
        var people = new People(rows.people());
        Long supervisor = input.supervisorName() == null ? null
                : people.idOf(input.supervisorName(), input.supervisorPhone(), input.supervisorName(), null, rows, clock);
        Long leader = input.leaderName() == null ? null
                : people.idOf(input.leaderName(), input.leaderPhone(), input.leaderOrganisation(), null, rows, clock);
        long id = rows.insertZone(input.code(), input.name(), input.communityCode(), supervisor, leader,
                input.letterSignedOn(), input.letterEndsOn(), clock.instant());
        rows.setZoneGrids(id, input.unitGridCodes());
        var zone = rows.zone(id).orElseThrow();
        audit.record(AUDIT, "seed", input.code(), null, state(zone));
        source.refresh();
        return zone;
    }

    private ImportReport load(PostFile.Parsed parsed, Locale locale) {
        var places = new Places(grids);
        var problems = new ArrayList<ImportReport.Problem>();
        var seen = new HashMap<String, Integer>();
        var good = new ArrayList<PostInput>();
        for (var row : parsed.rows()) {
            var found = new ArrayList<Problem>(row.problems());
            var unread = row.problems().stream().map(Problem::field).toList();
            // every problem of the row, but a value that could not be read is not also "missing"
            check(row.input(), places).stream().filter(p -> !unread.contains(p.field())).forEach(found::add);
            if (found.isEmpty()) {
                var clean = normalise(row.input());
                var same = clean.placeCode() + "|" + clean.duty() + "|" + clean.since();
                var earlier = seen.putIfAbsent(same, row.line());
                if (earlier != null) {
                    found.add(new Problem("place", "gridteams.error.duplicate-row", earlier));
                } else {
                    good.add(clean);
                }
            }
            for (var p : found) {
                problems.add(new ImportReport.Problem(row.line(), p.field(),
                        messages.getMessage(p.key(), p.args(), p.key(), locale)));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportReport(parsed.rows().size(), 0, List.copyOf(problems));
        }
        // later starts after earlier ones of the same post, so each new post ends the one before it
        good.sort(java.util.Comparator.comparing(PostInput::since));
        var people = new People(rows.people());
        var open = rows.openPairs(today());
        var batch = new ArrayList<TeamRows.NewPostRow>();
        var touched = new HashSet<String>();
        for (var input : good) {
            long personId = people.idOf(input, rows, organization, clock);
            var pair = input.placeCode() + "|" + input.duty();
            if (open.contains(pair) || touched.contains(pair)) {
                rows.insertPosts(batch, clock.instant());
                batch.clear();
                rows.endOpen(input.placeCode(), input.duty(), input.since());
            }
            touched.add(pair);
            batch.add(new TeamRows.NewPostRow(input.placeCode(), input.duty(), personId, input.since(), input.until(),
                    input.letterSignedOn(), input.letterEndsOn()));
        }
        rows.insertPosts(batch, clock.instant());
        source.refresh();
        return new ImportReport(parsed.rows().size(), good.size(), List.of());
    }

    // checks

    /** A problem with one field of an input: the message key and its arguments. */
    public record Problem(String field, String key, Object... args) {}

    /** The grids by code, read once per check run. */
    static final class Places {
        private final Grids grids;
        private Map<String, Grid> byCode;

        Places(Grids grids) {
            this.grids = grids;
        }

        Optional<Grid> find(String code) {
            if (byCode == null) {
                byCode = new HashMap<>();
                for (var level : List.of(GridLevel.STREET, GridLevel.COMMUNITY, GridLevel.UNIT)) {
                    grids.ofLevel(level).forEach(g -> byCode.put(g.code(), g));
                }
            }
            return Optional.ofNullable(byCode.get(code));
        }
    }

    /** The grid level a post of the duty sits at. */
    public static GridLevel levelOf(Duty duty) {
        return switch (duty) {
            case CHAIN_DISTRICT -> GridLevel.STREET;
            case CHAIN_STREET -> GridLevel.COMMUNITY;
            default -> GridLevel.UNIT;
        };
    }

    private List<Problem> check(PostInput in, Places places) {
        var found = new ArrayList<Problem>();
        if (in.duty() == null || !POST_DUTIES.contains(in.duty())) {
            found.add(new Problem("duty", "gridteams.error.duty"));
        }
        var place = in.placeCode() == null ? "" : in.placeCode().strip();
        if (place.isEmpty()) {
            found.add(new Problem("place", "gridteams.error.required", "place"));
        } else if (in.duty() != null && POST_DUTIES.contains(in.duty())) {
            var level = levelOf(in.duty());
            var grid = places.find(place);
            if (grid.isEmpty() || grid.get().level() != level) {
                found.add(new Problem("place", "gridteams.error.place." + level.name(), place));
            }
        }
        text(found, "name", in.name(), 100, true);
        text(found, "organisation", in.organisation(), 200, false);
        if (in.phone() != null && !in.phone().isBlank() && !PHONE.matcher(in.phone().strip()).matches()) {
            found.add(new Problem("phone", "gridteams.error.phone"));
        }
        if (in.username() != null && !in.username().isBlank()
                && organization.staffByUsername(in.username().strip()).isEmpty()) {
            found.add(new Problem("username", "gridteams.error.username", in.username().strip()));
        }
        if (in.since() == null) {
            found.add(new Problem("since", "gridteams.error.required", "since"));
        } else if (in.until() != null && in.until().isBefore(in.since())) {
            found.add(new Problem("until", "gridteams.error.until"));
        }
        if (in.letterEndsOn() != null && in.letterSignedOn() == null) {
            found.add(new Problem("letterSignedOn", "gridteams.error.required", "letter_signed_on"));
        } else if (in.letterEndsOn() != null && in.letterEndsOn().isBefore(in.letterSignedOn())) {
            found.add(new Problem("letterEndsOn", "gridteams.error.letter-ends"));
        }
        return found;
    }

    private static void text(List<Problem> found, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                found.add(new Problem(field, "gridteams.error.required", field));
            }
            return;
        }
        if (value.strip().length() > max) {
            found.add(new Problem(field, "gridteams.error.too-long", field, max));
        } else if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            found.add(new Problem(field, "gridteams.error.control-character", field));
        }
    }

    private static PostInput normalise(PostInput in) {
        return new PostInput(in.placeCode().strip(), in.duty(), in.name().strip(), blankToNull(in.phone()),
                blankToNull(in.organisation()), blankToNull(in.username()), in.since(), in.until(),
                in.letterSignedOn(), in.letterEndsOn());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String required(String field, String value, int max) {
        var found = new ArrayList<Problem>();
        text(found, field, value, max, true);
        if (!found.isEmpty()) {
            throw UrbanGridException.invalid(found.get(0).key(), found.get(0).args()).with("field", field);
        }
        return value.strip();
    }

    private static void checkLetter(LocalDate signedOn, LocalDate endsOn) {
        if (endsOn != null && signedOn == null) {
            throw UrbanGridException.invalid("gridteams.error.required", "letterSignedOn").with("field", "letterSignedOn");
        }
        if (endsOn != null && endsOn.isBefore(signedOn)) {
            throw UrbanGridException.invalid("gridteams.error.letter-ends").with("field", "letterEndsOn");
        }
    }

    private Long personOrNull(People people, String nameField, String name, String phoneField, String phone,
            String organisation) {
        if (name == null || name.isBlank()) {
            return null;
        }
        required(nameField, name, 100);
        if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.strip()).matches()) {
            throw UrbanGridException.invalid("gridteams.error.phone").with("field", phoneField);
        }
        if (organisation != null && organisation.strip().length() > 200) {
            throw UrbanGridException.invalid("gridteams.error.too-long", "organisation", 200);
        }
        return people.idOf(name.strip(), blankToNull(phone), blankToNull(organisation), null, rows, clock);
    }

    private StaffPrincipal readers() {
        return current.require(Role.ADMIN, Role.LEADER);
    }

    private static boolean covers(StaffPrincipal me, String placeCode) {
        return me.streetCode() == null || placeCode.startsWith(me.streetCode());
    }

    private static Map<String, Object> state(Post p) {
        var state = new LinkedHashMap<String, Object>();
        state.put("id", p.id());
        state.put("place", p.placeCode());
        state.put("duty", p.duty().name());
        state.put("person", p.person().name());
        state.put("personId", p.person().id());
        state.put("since", p.since().toString());
        state.put("until", p.until() == null ? null : p.until().toString());
        state.put("letterEndsOn", p.letterEndsOn() == null ? null : p.letterEndsOn().toString());
        return state;
    }

    private static Map<String, Object> state(Zone z) {
        var state = new LinkedHashMap<String, Object>();
        state.put("code", z.code());
        state.put("name", z.name());
        state.put("community", z.communityCode());
        state.put("grids", z.unitGridCodes());
        state.put("supervisor", z.supervisor() == null ? null : z.supervisor().name());
        state.put("leader", z.leader() == null ? null : z.leader().name());
        state.put("letterEndsOn", z.letterEndsOn() == null ? null : z.letterEndsOn().toString());
        return state;
    }

    /** The people register, found again by name and phone (or name and organisation), else recorded anew. */
    static final class People {
        private final Map<String, Long> byIdentity = new HashMap<>();

        People(List<Person> all) {
            all.forEach(p -> byIdentity.putIfAbsent(identity(p.name(), p.phone(), p.organisation()), p.id()));
        }

        long idOf(PostInput in, TeamRows rows, Organization organization, Clock clock) {
            Long staffId = in.username() == null ? null
                    : organization.staffByUsername(in.username()).map(s -> s.id()).orElse(null);
            return idOf(in.name(), in.phone(), in.organisation(), staffId, rows, clock);
        }

        long idOf(String name, String phone, String organisation, Long staffId, TeamRows rows, Clock clock) {
            var key = identity(name, phone, organisation);
            var id = byIdentity.get(key);
            if (id != null) {
                if (staffId != null || organisation != null) {
                    rows.updatePerson(id, organisation, staffId);
                }
                return id;
            }
            long created = rows.insertPerson(name, phone, organisation, staffId, clock.instant());
            byIdentity.put(key, created);
            return created;
        }

        private static String identity(String name, String phone, String organisation) {
            return phone != null ? name + "|p|" + phone : name + "|o|" + (organisation == null ? "" : organisation);
        }
    }
}
