package org.urbangrid.deadline.internal;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.deadline.Stage;
import org.urbangrid.deadline.TimeLimit;

/** The stored default limits of the centre's stages. */
@Repository
public class StageLimitStore {

    private final JdbcClient jdbc;

    StageLimitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Stage, TimeLimit> all() {
        var limits = new EnumMap<Stage, TimeLimit>(Stage.class);
        jdbc.sql("select stage, amount, unit from stage_limit").query(rs -> {
            limits.put(Stage.valueOf(rs.getString("stage")),
                    new TimeLimit(rs.getInt("amount"), LimitUnit.valueOf(rs.getString("unit"))));
        });
        return limits;
    }

    @Transactional
    public void saveAll(Map<Stage, TimeLimit> limits) {
        limits.forEach(this::save);
    }

    private void save(Stage stage, TimeLimit limit) {
        int updated = jdbc.sql("update stage_limit set amount = :amount, unit = :unit where stage = :stage")
                .param("amount", limit.amount()).param("unit", limit.unit().name()).param("stage", stage.name())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into stage_limit (stage, amount, unit) values (:stage, :amount, :unit)")
                    .param("stage", stage.name()).param("amount", limit.amount()).param("unit", limit.unit().name())
                    .update();
        }
    }
}
