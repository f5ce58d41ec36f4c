package org.urbangrid.deadline.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.deadline.DayKind;
import org.urbangrid.deadline.SpecialDay;
import org.urbangrid.deadline.WorkingPeriod;

/** The work calendar's tables: special days and working periods. */
@Repository
public class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SpecialDay> specialDays() {
        return jdbc.sql("select calendar_date, kind, name from calendar_day order by calendar_date")
                .query(CalendarStore::specialDay).list();
    }

    public List<SpecialDay> specialDays(int year) {
        return jdbc.sql("""
                select calendar_date, kind, name from calendar_day
                where calendar_date >= :from and calendar_date < :to order by calendar_date""")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .query(CalendarStore::specialDay).list();
    }

    @Transactional
    public void saveDay(SpecialDay day) {
        int updated = jdbc.sql("update calendar_day set kind = :kind, name = :name where calendar_date = :date")
                .param("kind", day.kind().name()).param("name", day.name()).param("date", day.date()).update();
        if (updated == 0) {
            jdbc.sql("insert into calendar_day (calendar_date, kind, name) values (:date, :kind, :name)")
                    .param("date", day.date()).param("kind", day.kind().name()).param("name", day.name()).update();
        }
    }

    /** Replaces the special days of every year the list touches with the list's days, all in one transaction. */
    @Transactional
    public int replaceYears(java.util.Set<Integer> years, List<SpecialDay> days) {
        int removed = 0;
        for (int year : years) {
            removed += jdbc.sql("delete from calendar_day where calendar_date >= :from and calendar_date < :to")
                    .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1)).update();
        }
        for (var day : days) {
            jdbc.sql("insert into calendar_day (calendar_date, kind, name) values (:date, :kind, :name)")
                    .param("date", day.date()).param("kind", day.kind().name()).param("name", day.name()).update();
        }
        return removed;
    }

    public boolean deleteDay(LocalDate date) {
        return jdbc.sql("delete from calendar_day where calendar_date = :date").param("date", date).update() > 0;
    }

    public List<WorkingPeriod> workingPeriods() {
        return jdbc.sql("select start_time, end_time from working_period order by start_time")
                .query((rs, n) -> new WorkingPeriod(rs.getObject("start_time", LocalTime.class),
                        rs.getObject("end_time", LocalTime.class)))
                .list();
    }

    @Transactional
    public void replaceWorkingPeriods(List<WorkingPeriod> periods) {
        jdbc.sql("delete from working_period").update();
        for (var period : periods) {
            jdbc.sql("insert into working_period (start_time, end_time) values (:start, :end)")
                    .param("start", period.start()).param("end", period.end()).update();
        }
    }

    private static SpecialDay specialDay(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new SpecialDay(rs.getObject("calendar_date", LocalDate.class),
                DayKind.valueOf(rs.getString("kind")), rs.getString("name"));
    }
}
