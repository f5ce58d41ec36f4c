package org.urbangrid.assessment.internal.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.urbangrid.assessment.AssessmentPublished;
import org.urbangrid.assessment.Figure;
import org.urbangrid.assessment.Grade;
import org.urbangrid.assessment.Indicator;
import org.urbangrid.assessment.IndicatorSource;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.Ranking;
import org.urbangrid.assessment.Rankings;
import org.urbangrid.assessment.Subject;
import org.urbangrid.assessment.SubjectFigures;
import org.urbangrid.assessment.SubjectKind;

/**
 * Test-only stand-ins for the scoring and ledger modules: rankings made from a few named subjects whose figures
 * depend on the period and on {@link #moves} (bumped to simulate cases moved after a publication), the cases
 * behind a department's shortfall, and a recorder of {@link AssessmentPublished} events.
 */
@TestConfiguration(proxyBeanMethods = false)
class FakeAssessment {

    /** Each bump changes every live figure, as cases moved after the period would. */
    static final AtomicInteger moves = new AtomicInteger();
    static final List<AssessmentPublished> published = new CopyOnWriteArrayList<>();

    static final List<String> DEPARTMENTS = List.of("环卫所", "市政养护所", "园林绿化所");
    static final List<String> STREETS = List.of("东华门街道", "景山街道");
    static final List<String> INSPECTORS = List.of("张伟", "李娜", "王芳");

    @Bean
    @Primary
    Rankings fakeRankings() {
        return FakeAssessment::ranking;
    }

    @Bean
    @Primary
    IndicatorSource fakeIndicators() {
        return new IndicatorSource() {
            @Override
            public List<SubjectFigures> figures(SubjectKind kind, Period period) {
                return ranking(kind, period).rows().stream()
                        .map(r -> new SubjectFigures(r.subject(), r.figures(), r.caseCount())).toList();
            }

            @Override
            public CasesBehind behind(SubjectKind kind, String subjectId, Period period, Indicator indicator, Part part,
                    String after, int size) {
                var cases = new ArrayList<CaseBehind>();
                long late = shortfall(Integer.parseInt(subjectId.substring(1)), period);
                for (int i = 0; i < Math.min(late, size); i++) {
                    long id = 1000L * Integer.parseInt(subjectId.substring(1)) + i;
                    cases.add(new CaseBehind(id, "2026" + String.format("%06d", id), "DISPATCHED", "超期 " + (i + 2) + " 小时"));
                }
                return new CasesBehind(cases, null);
            }
        };
    }

    @EventListener
    void record(AssessmentPublished event) {
        published.add(event);
    }

    /** A department's late handling tasks: grows with the department number, the month and the moves. */
    static long shortfall(int department, Period period) {
        return department + period.from().getMonthValue() % 3 + moves.get();
    }

    /** The ranking as it was when {@link #moves} stood at {@code at}. */
    static Ranking rankingAt(SubjectKind kind, Period period, int at) {
        int now = moves.getAndSet(at);
        try {
            return ranking(kind, period);
        } finally {
            moves.set(now);
        }
    }

    static Ranking ranking(SubjectKind kind, Period period) {
        var names = switch (kind) {
            case DEPARTMENT -> DEPARTMENTS;
            case STREET -> STREETS;
            case INSPECTOR -> INSPECTORS;
            default -> List.<String>of();
        };
        var rows = new ArrayList<Ranking.Row>();
        for (int i = 0; i < names.size(); i++) {
            rows.add(row(kind, i, names.get(i), period));
        }
        rows.sort(java.util.Comparator.comparing(FakeAssessment::unranked)
                .thenComparing(java.util.Comparator.comparingDouble(Ranking.Row::score).reversed()));
        var ranked = new ArrayList<Ranking.Row>();
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            ranked.add(new Ranking.Row(r.subject(), r.figures(), r.parts(), r.score(), r.grade(), r.caseCount(),
                    unranked(r) ? null : i + 1, r.previousRank(), r.previousScore(), r.flags()));
        }
        return new Ranking(kind, period, 3, LocalDate.of(2026, 1, 1), ranked);
    }

    /** The third inspector has too few cases to be ranked (listed, not ranked). */
    static boolean unranked(Ranking.Row row) {
        return row.subject().kind() == SubjectKind.INSPECTOR && row.subject().id().equals("D3");
    }

    private static Ranking.Row row(SubjectKind kind, int index, String name, Period period) {
        int number = index + 1;
        var figures = new EnumMap<Indicator, Figure>(Indicator.class);
        long due = 40 + 7L * number + period.from().getMonthValue();
        for (var indicator : Indicator.of(kind)) {
            long late = kind == SubjectKind.DEPARTMENT && indicator == Indicator.ON_TIME_HANDLE_RATE
                    ? shortfall(number, period) : number + moves.get();
            figures.put(indicator, indicator.rate() ? new Figure(indicator, due - late, due)
                    : new Figure(indicator, due + moves.get(), 0));
        }
        double score = Math.round(10000.0 * (due - number * 3 - moves.get()) / due) / 100.0;
        var grade = score >= 90 ? Grade.A : score >= 75 ? Grade.B : score >= 60 ? Grade.C : score >= 40 ? Grade.D : Grade.E;
        List<String> flags = kind == SubjectKind.DEPARTMENT && number == 3 ? List.of("FAILED_THREE_PERIODS") : List.of();
        return new Ranking.Row(new Subject(kind, "D" + number, name), figures, Map.of("ON_TIME_HANDLE_RATE", score * 0.3),
                score, grade, due, null, number == 1 ? Integer.valueOf(2) : number == 2 ? Integer.valueOf(1) : null,
                number == 3 ? null : Double.valueOf(80.0), flags);
    }
}
