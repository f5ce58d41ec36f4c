package org.urbangrid.assessment.ledger;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.assessment.internal.BehindScope;
import org.urbangrid.duty.Answerable;
import org.urbangrid.duty.Duty;
import org.urbangrid.duty.Where;
import org.urbangrid.duty.WhoAnswers;

/**
 * 属地责任主体: which subjects by place a case counts for, derived from {@link WhoAnswers} at the case's position —
 * never restated in the assessment. Every chief there (路长/河长, any level) is a {@link SubjectKind#CHIEF} (id its
 * key), every road or river place there a {@link SubjectKind#SEGMENT} (id {@code segment:<placeId>}), every grid
 * keeper (网格责任人) a {@link SubjectKind#GRID_KEEPER} (id its key); each once. Read when the ledger counts the case
 * (and by the recount), so a later change of chiefs or keepers applies to cases counted after it.
 */
@Component
public class PlaceSubjects {

    /** The place kinds of {@link Answerable#placeKind()} that are segments. */
    static final Set<String> SEGMENT_PLACES = Set.of("ROAD", "RIVER");

    /** The ledger's subject columns hold 64 characters; a longer key is no subject (no duty system makes one). */
    static final int MAX_ID = 64;

    private final WhoAnswers who;
    private final JdbcClient jdbc;

    PlaceSubjects(WhoAnswers who, JdbcClient jdbc) {
        this.who = who;
        this.jdbc = jdbc;
    }

    /**
     * The case with the subjects by place it counts for: only a filed case that is not a merged duplicate has any
     * (they count the case-level figures of a filed case), so no other case asks the duty systems.
     */
    public CaseLedger placed(CaseLedger c) {
        if (!c.filed() || c.merged()) {
            return c;
        }
        return c.withPlaces(at(new Where(c.latitude(), c.longitude(), c.unitGridCode(), c.communityCode(),
                c.streetCode())));
    }

    /** The subjects by place at a place, in kind then id order (so facts come out in the same order every time). */
    public List<PlaceSubject> at(Where where) {
        var found = new LinkedHashMap<String, PlaceSubject>();
        for (var a : who.at(where)) {
            if (a == null || a.duty() == null) {
                continue;
            }
            if (a.duty().isChief() && present(a.key())) {
                put(found, new PlaceSubject(SubjectKind.CHIEF, a.key(), a.staffId(), nameOr(a.name(), a.key())));
            }
            if (a.placeKind() != null && SEGMENT_PLACES.contains(a.placeKind()) && present(a.placeId())) {
                var id = "segment:" + a.placeId();
                put(found, new PlaceSubject(SubjectKind.SEGMENT, id, null, nameOr(a.placeName(), id)));
            }
            if (a.duty() == Duty.GRID_KEEPER && present(a.key())) {
                put(found, new PlaceSubject(SubjectKind.GRID_KEEPER, a.key(), a.staffId(), nameOr(a.name(), a.key())));
            }
        }
        return found.values().stream().sorted(Comparator.comparing(PlaceSubject::kind)
                .thenComparing(PlaceSubject::id)).toList();
    }

    /** The name of a subject by place: the duty system's, else the one it gave when last counted, else the id. */
    public String nameOf(SubjectKind kind, String id) {
        return who.nameOf(id).or(() -> stored(kind, id)).orElse(id);
    }

    /**
     * The chiefs and keepers this member of staff answers as, as the ledger last counted them, written as
     * {@link BehindScope#placeKey}s: the subjects by place whose cases they may open as their own.
     */
    public Set<String> heldBy(long staffId) {
        return new TreeSet<>(jdbc.sql("select subject_kind, subject_id from assessment_place_subject where staff_id = ?")
                .param(staffId).query((rs, n) -> BehindScope.placeKey(SubjectKind.valueOf(rs.getString(1)),
                        rs.getString(2))).list());
    }

    /** {@link #heldBy} when the kind is one by place (the only kinds it matters for), else nothing. */
    public Set<String> heldBy(long staffId, SubjectKind kind) {
        return kind.isByPlace() ? heldBy(staffId) : Set.of();
    }

    /** Keeps who stands behind each subject counted (insert once; update only when it changed). */
    void remember(List<PlaceSubject> places) {
        for (var p : places) {
            jdbc.sql("""
                    insert into assessment_place_subject (subject_kind, subject_id, staff_id, name) values (?, ?, ?, ?)
                    on conflict do nothing""").params(p.kind().name(), p.id(), p.staffId(), limit(p.name())).update();
            jdbc.sql("""
                    update assessment_place_subject set staff_id = ?, name = ?
                    where subject_kind = ? and subject_id = ? and (staff_id is distinct from ? or name <> ?)""")
                    .params(p.staffId(), limit(p.name()), p.kind().name(), p.id(), p.staffId(), limit(p.name()))
                    .update();
        }
    }

    private Optional<String> stored(SubjectKind kind, String id) {
        return jdbc.sql("select name from assessment_place_subject where subject_kind = ? and subject_id = ?")
                .params(kind.name(), id).query(String.class).optional();
    }

    private static void put(LinkedHashMap<String, PlaceSubject> found, PlaceSubject p) {
        if (p.id().length() <= MAX_ID) {
            found.putIfAbsent(p.kind() + "|" + p.id(), p);
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String nameOr(String name, String otherwise) {
        return present(name) ? name : otherwise;
    }

    private static String limit(String name) {
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
