package org.urbangrid.gridteams.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.urbangrid.duty.Answerable;
import org.urbangrid.duty.Duty;
import org.urbangrid.duty.Where;
import org.urbangrid.gridteams.GridTeams;
import org.urbangrid.gridteams.Person;
import org.urbangrid.gridteams.Post;
import org.urbangrid.gridteams.Zone;

/**
 * One immutable snapshot of who answers where on one day: the posts holding that day by place code, the zones by
 * unit grid, and every person by id (for {@code nameOf}). Built whole and swapped whole.
 */
final class TeamIndex {

    private final LocalDate day;
    private final Map<String, List<Answerable>> byPlace;
    private final Map<String, List<Answerable>> byZoneGrid;
    private final Map<Long, Person> people;

    private TeamIndex(LocalDate day, Map<String, List<Answerable>> byPlace, Map<String, List<Answerable>> byZoneGrid,
            Map<Long, Person> people) {
        this.day = day;
        this.byPlace = byPlace;
        this.byZoneGrid = byZoneGrid;
        this.people = people;
    }

    static TeamIndex of(LocalDate day, List<Post> posts, List<Zone> zones, List<Person> people,
            Map<String, String> gridNames) {
        var byPlace = new HashMap<String, List<Answerable>>();
        for (var post : posts) {
            if (!post.activeOn(day)) {
                continue;
            }
            var person = post.person();
            byPlace.computeIfAbsent(post.placeCode(), k -> new ArrayList<>()).add(new Answerable(post.key(),
                    post.duty(), placeKind(post.placeCode()), post.placeCode(),
                    gridNames.getOrDefault(post.placeCode(), post.placeCode()), person.name(), person.staffId(),
                    person.organisation(), null, person.phone(), post.letterSignedOn(), post.letterEndsOn(),
                    link(post.placeCode())));
        }
        var byZoneGrid = new HashMap<String, List<Answerable>>();
        for (var zone : zones) {
            var answer = new ArrayList<Answerable>();
            var link = "/console/grid-teams?community=" + zone.communityCode() + "#zone-" + zone.code();
            if (zone.supervisor() != null) {
                var s = zone.supervisor();
                answer.add(new Answerable(GridTeams.keyOf(Duty.ZONE_SUPERVISOR, s.id()), Duty.ZONE_SUPERVISOR, "ZONE",
                        zone.code(), zone.name(), s.name(), s.staffId(), s.organisation(), null, s.phone(), null,
                        null, link));
            }
            if (zone.leader() != null) {
                var l = zone.leader();
                answer.add(new Answerable(GridTeams.keyOf(Duty.ZONE_LEADER, l.id()), Duty.ZONE_LEADER, "ZONE",
                        zone.code(), zone.name(), l.name(), l.staffId(), l.organisation(), null, l.phone(),
                        zone.letterSignedOn(), zone.letterEndsOn(), link));
            }
            var list = List.copyOf(answer);
            zone.unitGridCodes().forEach(code -> byZoneGrid.put(code, list));
        }
        var peopleById = new HashMap<Long, Person>();
        people.forEach(p -> peopleById.put(p.id(), p));
        byPlace.replaceAll((k, v) -> List.copyOf(v));
        return new TeamIndex(day, Map.copyOf(byPlace), Map.copyOf(byZoneGrid), Map.copyOf(peopleById));
    }

    LocalDate day() {
        return day;
    }

    /**
     * The grid's own people (keeper, team, 社区包楼院), its zone's supervisor and leader, the community's 街道包社区 and
     * the street's 区包街道. A position inside the grid answers the same as the whole grid: these duties are per grid.
     */
    List<Answerable> at(Where where) {
        var all = new ArrayList<Answerable>();
        if (where.unitGridCode() != null) {
            all.addAll(byPlace.getOrDefault(where.unitGridCode(), List.of()));
            all.addAll(byZoneGrid.getOrDefault(where.unitGridCode(), List.of()));
        }
        if (where.communityCode() != null) {
            all.addAll(byPlace.getOrDefault(where.communityCode(), List.of()));
        }
        if (where.streetCode() != null) {
            all.addAll(byPlace.getOrDefault(where.streetCode(), List.of()));
        }
        all.sort(java.util.Comparator.comparing(Answerable::duty));
        return List.copyOf(all);
    }

    Optional<String> nameOf(String key) {
        return GridTeams.personIdOf(key).map(people::get).map(Person::name);
    }

    static String placeKind(String code) {
        return switch (code.length()) {
            case 9 -> "STREET";
            case 12 -> "COMMUNITY";
            default -> "UNIT_GRID";
        };
    }

    private static String link(String code) {
        var community = code.length() >= 12 ? code.substring(0, 12) : null;
        return community == null ? "/console/grid-teams?street=" + code : "/console/grid-teams?community=" + community;
    }
}
