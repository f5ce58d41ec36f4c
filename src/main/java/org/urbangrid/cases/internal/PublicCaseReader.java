package org.urbangrid.cases.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.HistoryEntry;
import org.urbangrid.cases.MoveRules;
import org.urbangrid.cases.NearbyCase;
import org.urbangrid.cases.PublicCase;
import org.urbangrid.cases.PublicCases;
import org.urbangrid.cases.PublicQuery;
import org.urbangrid.cases.PublicStatus;
import org.urbangrid.cases.PublicUpdate;
import org.urbangrid.platform.SqlTimes;
import org.urbangrid.platform.UrbanGridException;

/**
 * Reads cases as the public may see them: the row without any person's details, the citizen's words and photos
 * only once seen and without what was hidden, and the public-facing moves of its history.
 */
@Service
@Transactional(readOnly = true)
class PublicCaseReader implements PublicCases {

    /** Moves younger than this are not served by the feed yet: their transaction may still be committing. */
    static final Duration SETTLE = Duration.ofSeconds(3);
    private static final double METERS_PER_DEGREE = 111_320;
    private static final String MASK = "***";

    /** The moves that can be public-facing, for the feed's SQL (each row is then judged by its states). */
    private static final List<String> FEED_MOVES = feedMoves();
    /** Moves whose comment the public may read. */
    private static final Set<CaseMove> PUBLIC_NOTES = EnumSet.of(CaseMove.REPORT_HANDLED, CaseMove.VERIFY_FALSE,
            CaseMove.REFUSE, CaseMove.TRANSFER_BACK, CaseMove.CLOSE, CaseMove.APPROVE_CANCEL, CaseMove.REOPEN);

    private final Cases cases;
    private final JdbcClient jdbc;
    private final DuplicateRules duplicates;
    private final PhotoStore photos;
    private final CasePhotoAccess photoAccess;
    private final Clock clock;

    PublicCaseReader(Cases cases, JdbcClient jdbc, DuplicateRules duplicates, PhotoStore photos,
            CasePhotoAccess photoAccess, Clock clock) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.duplicates = duplicates;
        this.photos = photos;
        this.photoAccess = photoAccess;
        this.clock = clock;
    }

    @Override
    public Optional<PublicCase> byNumber(String number) {
        if (number == null || number.length() > 32) {
            return Optional.empty();
        }
        var id = jdbc.sql("select id from cases where case_number = ?").param(number).query(Long.class).optional();
        return id.flatMap(this::byId);
    }

    @Override
    public Optional<PublicCase> byId(long id) {
        return views(cases.load(List.of(id))).stream().findFirst();
    }

    @Override
    public List<PublicCase> search(PublicQuery q) {
        var where = new ArrayList<String>();
        var params = new LinkedHashMap<String, Object>();
        if (!q.numbers().isEmpty()) {
            where.add("case_number in (:numbers)");
            params.put("numbers", q.numbers());
        }
        if (!q.classCodes().isEmpty()) {
            where.add("class_code in (:classes)");
            params.put("classes", q.classCodes());
        }
        if (q.reportedFrom() != null) {
            where.add("reported_at >= :from");
            params.put("from", SqlTimes.toDb(q.reportedFrom()));
        }
        if (q.reportedTo() != null) {
            where.add("reported_at <= :to");
            params.put("to", SqlTimes.toDb(q.reportedTo()));
        }
        if (q.open() != null) {
            where.add("status " + (q.open() ? "" : "not ") + "in (:open)");
            params.put("open", CaseStatus.open().stream().map(Enum::name).toList());
        }
        if (!q.statuses().isEmpty()) {
            where.add("status in (:statuses)");
            params.put("statuses", q.statuses().stream().map(Enum::name).toList());
        }
        if (q.streetCode() != null) {
            where.add("street_code = :street");
            params.put("street", q.streetCode());
        }
        if (q.communityCode() != null) {
            where.add("community_code = :community");
            params.put("community", q.communityCode());
        }
        if (q.overdue() != null) {
            where.add("overdue = :overdue");
            params.put("overdue", q.overdue());
        }
        if (q.reportedThrough() != null) {
            where.add("reporter_id = :through");
            params.put("through", q.reportedThrough());
        }
        if (q.beforeId() != null) {
            where.add("id < :before");
            params.put("before", q.beforeId());
        }
        var sql = "select id from cases" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by id desc offset " + q.offset() + " rows fetch first " + q.limit() + " rows only";
        var ids = jdbc.sql(sql).params(params).query(Long.class).list();
        return views(cases.load(ids));
    }

    @Override
    public List<PublicUpdate> updatesSince(String cursor, int limit, Long reportedThrough) {
        var after = Cursor.parse(cursor);
        var settled = clock.instant().minus(SETTLE);
        var sql = new StringBuilder("""
                select h.* from case_history h
                where h.move in (:moves) and h.at < :settled
                  and (h.at > :at or (h.at = :at and (h.case_id > :case or (h.case_id = :case and h.seq > :seq))))""");
        var params = new LinkedHashMap<String, Object>();
        params.put("moves", FEED_MOVES);
        params.put("settled", SqlTimes.toDb(settled));
        params.put("at", SqlTimes.toDb(after.at()));
        params.put("case", after.caseId());
        params.put("seq", after.seq());
        if (reportedThrough != null) {
            sql.append(" and h.case_id in (select id from cases where reporter_id = :through)");
            params.put("through", reportedThrough);
        }
        sql.append(" order by h.at, h.case_id, h.seq fetch first ").append(Math.max(1, Math.min(limit, 1000)))
                .append(" rows only");
        var rows = jdbc.sql(sql.toString()).params(params).query(Cases::located).list();
        return updates(rows);
    }

    @Override
    public List<PublicUpdate> updatesAfter(Instant since, int limit) {
        return updatesSince(Cursor.before(since).text(), limit, null);
    }

    @Override
    public List<NearbyCase> nearbyOpen(String classCode, double latitude, double longitude, Instant at, Long exceptId) {
        if (classCode == null) {
            return List.of();
        }
        int radius = duplicates.radiusFor(classCode);
        var window = duplicates.windowFor(classCode);
        double dLat = radius / METERS_PER_DEGREE;
        double dLng = radius / (METERS_PER_DEGREE * Math.max(0.01, Math.cos(Math.toRadians(latitude))));
        var rows = jdbc.sql("""
                select id from cases
                where class_code = :class and reported_at >= :from and reported_at <= :at and status in (:open)
                  and latitude between :lat0 and :lat1 and longitude between :lng0 and :lng1""")
                .param("class", classCode).param("from", SqlTimes.toDb(at.minus(window))).param("at", SqlTimes.toDb(at))
                .param("open", CaseStatus.open().stream().map(Enum::name).toList())
                .param("lat0", latitude - dLat).param("lat1", latitude + dLat)
                .param("lng0", longitude - dLng).param("lng1", longitude + dLng)
                .query(Long.class).list();
        var found = new ArrayList<NearbyCase>();
        for (var d : cases.load(rows)) {
            if (exceptId != null && exceptId.equals(d.id)) {
                continue;
            }
            int meters = (int) Math.round(distanceMeters(latitude, longitude, d.latitude, d.longitude));
            if (meters <= radius) {
                found.add(new NearbyCase(d.id, d.number, d.status, PublicStatus.of(d.status), d.classCode, d.address,
                        d.latitude, d.longitude, meters, d.reportedAt, publicText(d, List.of())));
            }
        }
        found.sort(java.util.Comparator.comparingInt(NearbyCase::distanceMeters).thenComparing(NearbyCase::reportedAt));
        return found;
    }

    @Override
    public List<Long> duplicatesOf(long mainCaseId) {
        return jdbc.sql("select id from cases where merged_into_id = ? and status = ? order by id")
                .param(mainCaseId).param(CaseStatus.MERGED.name()).query(Long.class).list();
    }

    @Override
    public Optional<String> publicPhoto(String photoId) {
        return photos.find(photoId).map(photoAccess::caseOf).flatMap(this::byId)
                .filter(c -> c.photoIds().contains(photoId)).map(PublicCase::number);
    }

    /** Great-circle distance (haversine) in metres. */
    static double distanceMeters(double lat1, double lng1, double lat2, double lng2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private List<PublicCase> views(List<CaseData> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(d -> d.id).toList();
        var histories = cases.histories(ids);
        var merged = rows.stream().map(d -> d.mergedIntoId).filter(java.util.Objects::nonNull).distinct().toList();
        var mainNumbers = new java.util.HashMap<Long, String>();
        if (!merged.isEmpty()) {
            jdbc.sql("select id, case_number from cases where id in (:ids)").param("ids", merged)
                    .query((rs, n) -> mainNumbers.put(rs.getLong(1), rs.getString(2))).list();
        }
        return rows.stream().map(d -> view(d, histories.getOrDefault(d.id, List.of()), mainNumbers.get(d.mergedIntoId)))
                .toList();
    }

    private PublicCase view(CaseData d, List<HistoryEntry> history, String mainNumber) {
        var hiddenPhotos = new LinkedHashSet<String>();
        var hiddenTexts = new ArrayList<String>();
        for (var e : history) {
            if (e.move() == CaseMove.HIDE_PUBLIC) {
                var photos = e.details().get("hiddenPhotoIds");
                if (photos != null) {
                    hiddenPhotos.addAll(List.of(photos.split(",")));
                }
                var text = e.details().get("hiddenText");
                if (text != null) {
                    hiddenTexts.add(text);
                }
            }
        }
        boolean seen = d.publicSeenAt != null;
        var before = history.isEmpty() || !seen ? List.<String>of()
                : history.get(0).photoIds().stream().filter(p -> !hiddenPhotos.contains(p)).toList();
        HistoryEntry fix = null;
        for (var e : history) {
            if (e.move() == CaseMove.REPORT_HANDLED) {
                fix = e;
            }
        }
        var after = fix == null ? List.<String>of() : fix.photoIds().stream().filter(p -> !hiddenPhotos.contains(p)).toList();
        var timeline = new ArrayList<PublicUpdate>();
        for (var e : history) {
            if (PublicStatus.publicFacing(e.move(), e.fromStatus(), e.toStatus())) {
                timeline.add(update(d.id, d.number, e, hiddenPhotos, hiddenTexts, mainNumber));
            }
        }
        return new PublicCase(d.id, d.number, d.status, PublicStatus.of(d.status), d.source, d.classCode,
                d.conditionCode, publicText(d, hiddenTexts), d.address, d.latitude, d.longitude, d.streetCode,
                d.communityCode, d.unitGridCode, d.leadDepartmentId, d.reportedAt, d.updatedAt,
                expectedAt(d), d.closedAt,
                fix == null ? null : masked(fix.comment(), hiddenTexts), before, after, mainNumber, d.overdue,
                List.copyOf(timeline),
                d.status == CaseStatus.CLOSED && d.reopenUntil != null && clock.instant().isBefore(d.reopenUntil)
                        ? d.reopenUntil : null);
    }

    /**
     * When the fix is due: the handling deadline while a department has the case (the centre's own short stages
     * before it are no promise to the public); null before dispatch and once ended.
     */
    private static Instant expectedAt(CaseData d) {
        return d.status.isOpen() && d.deadline != null && d.stage == org.urbangrid.deadline.Stage.HANDLE
                ? d.deadline.due() : null;
    }

    private static String publicText(CaseData d, List<String> hidden) {
        return d.publicSeenAt == null ? null : masked(d.description, hidden);
    }

    private static String masked(String text, List<String> hidden) {
        if (text == null) {
            return null;
        }
        var shown = text;
        for (var phrase : hidden) {
            shown = shown.replace(phrase, MASK);
        }
        return shown;
    }

    private List<PublicUpdate> updates(List<Cases.Located> rows) {
        var kept = rows.stream().filter(r -> PublicStatus.publicFacing(r.entry().move(), r.entry().fromStatus(),
                r.entry().toStatus())).toList();
        if (kept.isEmpty()) {
            return List.of();
        }
        var ids = kept.stream().map(Cases.Located::caseId).distinct().toList();
        var byId = cases.load(ids).stream().collect(Collectors.toMap(d -> d.id, d -> d));
        var histories = cases.histories(ids);
        var result = new ArrayList<PublicUpdate>();
        for (var row : kept) {
            var d = byId.get(row.caseId());
            var hiddenPhotos = new LinkedHashSet<String>();
            var hiddenTexts = new ArrayList<String>();
            histories.getOrDefault(row.caseId(), List.of()).stream().filter(e -> e.move() == CaseMove.HIDE_PUBLIC)
                    .forEach(e -> {
                        var p = e.details().get("hiddenPhotoIds");
                        if (p != null) {
                            hiddenPhotos.addAll(List.of(p.split(",")));
                        }
                        var t = e.details().get("hiddenText");
                        if (t != null) {
                            hiddenTexts.add(t);
                        }
                    });
            result.add(update(row.caseId(), d.number, row.entry(), hiddenPhotos, hiddenTexts,
                    row.entry().details().get("mainCaseNumber")));
        }
        return result;
    }

    private static PublicUpdate update(long caseId, String number, HistoryEntry e, Set<String> hiddenPhotos,
            List<String> hiddenTexts, String mainNumber) {
        String note = PUBLIC_NOTES.contains(e.move()) ? masked(e.comment(), hiddenTexts) : null;
        if (e.move() == CaseMove.MERGE) {
            note = e.details().getOrDefault("mainCaseNumber", mainNumber);
        }
        var shownPhotos = e.move() == CaseMove.REPORT_HANDLED
                ? e.photoIds().stream().filter(p -> !hiddenPhotos.contains(p)).toList() : List.<String>of();
        return new PublicUpdate(caseId, number, e.seq(), e.move(), e.at(), PublicStatus.of(e.toStatus()), e.toStatus(),
                note, shownPhotos, new Cursor(e.at(), caseId, e.seq()).text());
    }

    /**
     * The moves that can be public-facing: always news (a report, a fix, a citizen's "not fixed"), or leading, from
     * some state and a pending request they accept, to another plain-word state. (A cancellation is approved by its
     * own move, so the requests that decide a target are a department's.)
     */
    private static List<String> feedMoves() {
        var pendings = new java.util.ArrayList<org.urbangrid.cases.RequestKind>(java.util.List.of(
                org.urbangrid.cases.RequestKind.EXTENSION, org.urbangrid.cases.RequestKind.RETURN,
                org.urbangrid.cases.RequestKind.SUSPENSION));
        pendings.add(null);
        return MoveRules.rules().stream()
                .filter(rule -> PublicStatus.publicFacing(rule.move(), null, null) || rule.from().stream()
                        .anyMatch(from -> pendings.stream().anyMatch(pending -> rule.pending().allows(pending)
                                && PublicStatus.of(rule.target(from, pending)) != PublicStatus.of(from))))
                .map(rule -> rule.move().name()).toList();
    }

    /** Where the feed continues: the time, case and sequence of the last update read, opaque to readers. */
    record Cursor(Instant at, long caseId, int seq) {

        static final Cursor START = new Cursor(Instant.EPOCH, 0, 0);

        static Cursor before(Instant since) {
            return since == null ? START : new Cursor(since.minusNanos(1000), Long.MAX_VALUE, Integer.MAX_VALUE);
        }

        String text() {
            var raw = at.toEpochMilli() * 1000 + (at.getNano() / 1000) % 1000 + "." + caseId + "." + seq;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
        }

        static Cursor parse(String text) {
            if (text == null || text.isBlank()) {
                return START;
            }
            try {
                var raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split("\\.");
                long micros = Long.parseLong(raw[0]);
                var at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L);
                return new Cursor(at, Long.parseLong(raw[1]), Integer.parseInt(raw[2]));
            } catch (RuntimeException bad) {
                throw UrbanGridException.invalid("error.case.bad-cursor").with("field", "cursor");
            }
        }
    }
}
