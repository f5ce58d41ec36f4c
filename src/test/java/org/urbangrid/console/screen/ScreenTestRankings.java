package org.urbangrid.console.screen;

import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.urbangrid.assessment.Grade;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.Ranking;
import org.urbangrid.assessment.Rankings;
import org.urbangrid.assessment.Subject;
import org.urbangrid.assessment.SubjectKind;

/**
 * Test only: a {@link Rankings} that answers a fixed department league for any period, standing in for the
 * assessment engine built on another branch (primary, so it also wins once the real one is wired).
 */
@TestConfiguration(proxyBeanMethods = false)
public class ScreenTestRankings {

    @Bean
    @Primary
    public Rankings screenTestRankings() {
        return (kind, period) -> league(kind, period);
    }

    public static Ranking league(SubjectKind kind, Period period) {
        return new Ranking(kind, period, 1, period.from(), List.of(
                row("HW", "市政公用服务中心(环卫)", 96.4, Grade.A, 42, 1, 3),
                row("SZYL", "市政园林局", 88.0, Grade.B, 17, 2, 1),
                row("JJDD", "交警大队", 71.25, Grade.C, 9, 3, null),
                row("GTJ", "国土资源和房屋局", 52.0, Grade.D, 6, 4, 4),
                row("DL", "供电公司", 100.0, Grade.A, 1, null, null)));
    }

    private static Ranking.Row row(String id, String name, double score, Grade grade, long cases, Integer rank,
            Integer previousRank) {
        return new Ranking.Row(new Subject(SubjectKind.DEPARTMENT, id, name), Map.of(), Map.of(), score, grade, cases,
                rank, previousRank, null, List.of());
    }
}
