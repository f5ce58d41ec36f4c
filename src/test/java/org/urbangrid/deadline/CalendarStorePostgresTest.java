package org.urbangrid.deadline;

import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.support.PostgresIntegrationTest;

class CalendarStorePostgresTest extends PostgresIntegrationTest implements CalendarStoreContract {

    @Autowired WorkCalendars calendars;
    @Autowired StageLimits stageLimits;
    @Autowired Deadlines deadlines;

    @Override public WorkCalendars calendars() { return calendars; }

    @Override public StageLimits stageLimits() { return stageLimits; }

    @Override public Deadlines deadlines() { return deadlines; }
}
