package org.urbangrid.deadline.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.urbangrid.deadline.Deadlines;
import org.urbangrid.deadline.StageLimits;
import org.urbangrid.deadline.WorkCalendars;

@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    /** Always reads the current calendar and stage limits, so edits apply to the next computation. */
    @Bean
    Deadlines deadlines(WorkCalendars calendars, StageLimits limits, DeadlineProperties properties) {
        return new CalendarDeadlines(calendars::current, limits::limit, properties.warnShare());
    }
}
