package org.urbangrid.citizens.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 问题清单: the citizen-friendly list of problems in plain words, grouped, each mapped to one filing condition of the
 * catalogue — the tables {@code citizen_problem_group} and {@code citizen_problem} (seeded by V35; a city edits them
 * in SQL). Read once; the list is small.
 */
@Component
public class ProblemList {

    /** One problem as a citizen picks it. */
    public record Problem(String code, String groupCode, String labelZh, String labelEn, String conditionCode) {
        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) ? labelEn : labelZh;
        }

        public String classCode() {
            return conditionCode.substring(0, conditionCode.indexOf('-'));
        }
    }

    /** A group of problems. */
    public record Group(String code, String nameZh, String nameEn, List<Problem> problems) {
        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
        }
    }

    private final JdbcClient jdbc;
    private volatile List<Group> groups;

    ProblemList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Group> groups() {
        var known = groups;
        if (known == null) {
            var byGroup = new LinkedHashMap<String, Group>();
            jdbc.sql("select code, name_zh, name_en from citizen_problem_group order by sort_order, code")
                    .query((rs, n) -> byGroup.put(rs.getString(1),
                            new Group(rs.getString(1), rs.getString(2), rs.getString(3), new ArrayList<>()))).list();
            jdbc.sql("select code, group_code, label_zh, label_en, condition_code from citizen_problem order by sort_order, code")
                    .query((rs, n) -> new Problem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5))).list()
                    .forEach(p -> byGroup.get(p.groupCode()).problems().add(p));
            known = byGroup.values().stream().map(g -> new Group(g.code(), g.nameZh(), g.nameEn(), List.copyOf(g.problems())))
                    .toList();
            groups = known;
        }
        return known;
    }

    public Optional<Problem> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return groups().stream().flatMap(g -> g.problems().stream()).filter(p -> p.code().equals(code)).findFirst();
    }

    /** The problem a case's filing condition was reported as (the first of that condition, or of that class). */
    public Optional<Problem> ofCondition(String conditionCode, String classCode) {
        var all = groups().stream().flatMap(g -> g.problems().stream()).toList();
        return all.stream().filter(p -> p.conditionCode().equals(conditionCode)).findFirst()
                .or(() -> all.stream().filter(p -> p.classCode().equals(classCode)).findFirst());
    }
}
