package org.urbangrid.assessment.ledger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.urbangrid.assessment.ExternalScores;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.duty.Answerable;
import org.urbangrid.duty.AnswerableSource;
import org.urbangrid.duty.Duty;
import org.urbangrid.duty.Where;

/**
 * Test-only duty system and patrol input, until the real ones (chiefs, gridteams) are merged: answers at the few
 * exact positions a test puts answerables at (nowhere else, so no other case counts for anyone), and names their
 * keys. Imported by the place-subject tests only (a context of their own).
 */
@TestConfiguration(proxyBeanMethods = false)
public class PlaceTestSources {

    @Bean
    Answerables placeTestAnswerables() {
        return new Answerables();
    }

    @Bean
    Patrol placeTestPatrol() {
        return new Patrol();
    }

    /** Answerables by exact position (within 1e-7°, about a centimetre). */
    public static final class Answerables implements AnswerableSource {

        private record At(double latitude, double longitude, List<Answerable> answerables) {}

        private final List<At> places = new CopyOnWriteArrayList<>();

        /** From now on, these answer at the point (replacing what answered there). */
        public void put(double latitude, double longitude, Answerable... answerables) {
            places.removeIf(at -> near(at, latitude, longitude));
            places.add(new At(latitude, longitude, List.of(answerables)));
        }

        public void clear() {
            places.clear();
        }

        @Override
        public List<Answerable> at(Where where) {
            if (!where.hasPosition()) {
                return List.of();
            }
            return places.stream().filter(at -> near(at, where.latitude(), where.longitude()))
                    .flatMap(at -> at.answerables().stream()).toList();
        }

        @Override
        public Optional<String> nameOf(String key) {
            for (var at : places) {
                for (var a : at.answerables()) {
                    if (a.key().equals(key)) {
                        return Optional.of(a.name());
                    }
                    if (("segment:" + a.placeId()).equals(key)) {
                        return Optional.of(a.placeName());
                    }
                }
            }
            return Optional.empty();
        }

        private static boolean near(At at, double latitude, double longitude) {
            return Math.abs(at.latitude() - latitude) < 1e-7 && Math.abs(at.longitude() - longitude) < 1e-7;
        }

        public static Answerable chief(String key, Duty level, String roadId, String roadName, String name, Long staffId) {
            return new Answerable(key, level, "ROAD", roadId, roadName, name, staffId, "城管局", null, "13800000000",
                    null, null, null);
        }

        public static Answerable keeper(String key, String grid, String name, Long staffId) {
            return new Answerable(key, Duty.GRID_KEEPER, "UNIT_GRID", grid, grid, name, staffId, "社区", null, null,
                    null, null, null);
        }

        public static Answerable answerable(String key, Duty duty, String placeKind, String placeId, String name) {
            return new Answerable(key, duty, placeKind, placeId, placeId, name, null, null, null, null, null, null,
                    null);
        }
    }

    /** 巡查覆盖率 (PATROL) as the chiefs module will give it: 0–100 by subject, for the kinds a test sets. */
    public static final class Patrol implements ExternalScores {

        private final Map<SubjectKind, Map<String, Double>> scores = new ConcurrentHashMap<>();

        public void set(SubjectKind kind, String subjectId, double score) {
            scores.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).put(subjectId, score);
        }

        public void clear() {
            scores.clear();
        }

        @Override
        public String input() {
            return "PATROL";
        }

        @Override
        public Map<String, Double> scores(SubjectKind kind, Period period) {
            return Map.copyOf(scores.getOrDefault(kind, Map.of()));
        }
    }
}
