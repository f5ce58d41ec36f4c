package org.urbangrid.support;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.urbangrid.assessment.IndicatorSource;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.SubjectFigures;
import org.urbangrid.assessment.SubjectKind;

/**
 * Tests only, until the assessment ledger (the real {@link IndicatorSource}) is on this branch: an empty source so
 * the application context starts. A test auto-configuration, so it steps aside by itself once the ledger's bean
 * exists (auto-configurations are read after the application's own beans); delete it then.
 */
@AutoConfiguration
public class LedgerStandIn {

    @Bean
    @ConditionalOnMissingBean(IndicatorSource.class)
    IndicatorSource emptyIndicatorSource() {
        return new IndicatorSource() {
            @Override
            public List<SubjectFigures> figures(SubjectKind kind, Period period) {
                return List.of();
            }

            @Override
            public CasesBehind behind(SubjectKind kind, String subjectId, Period period,
                    org.urbangrid.assessment.Indicator indicator, Part part, String after, int size) {
                return new CasesBehind(List.of(), null);
            }
        };
    }
}
