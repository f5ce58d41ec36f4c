package org.urbangrid.console.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.urbangrid.duty.Answerable;
import org.urbangrid.duty.AnswerableSource;
import org.urbangrid.duty.Duty;
import org.urbangrid.duty.Where;

/**
 * Test only: an {@link AnswerableSource} standing in for the duty systems built on other branches (门前三包, 路长制,
 * grid teams). It joins every test context by component scan but answers for one unit grid only, {@link #GRID}, in the
 * demo inspector's area and used by no other test, so every other test's pages stay as they were. It lists its people
 * out of {@link Duty} order on purpose (the panel must show them in Duty order), and {@link #SECOND_UNIT} only for the
 * whole grid (a frontage lying partly in the grid but not at the grid's centre, where the tests put their cases).
 */
@Component
public class TestAnswerables implements AnswerableSource {

    /** The one grid this source answers for (凌水街道, community 002, grid 14). */
    public static final String GRID = "210231001002014";

    public static final String UNIT_PHONE = "139-0000-9001";
    public static final String KEEPER_PHONE = "0411 8888 0002";
    public static final String SECOND_UNIT = "测试二号洗车行";

    @Override
    public List<Answerable> at(Where where) {
        if (!GRID.equals(where.unitGridCode())) {
            return List.of();
        }
        var all = new ArrayList<Answerable>();
        all.add(new Answerable("chain:9101", Duty.CHAIN_DISTRICT, "STREET", "210231001", "凌水街道", "测试区领导甲", 9101L,
                "高新区管委会", null, "13900009101", LocalDate.of(2026, 1, 5), LocalDate.of(2027, 1, 4), null));
        all.add(new Answerable("keeper:9101", Duty.GRID_KEEPER, "UNIT_GRID", GRID, "凌水社区第 14 网格", "测试网格长乙", null,
                "凌水社区居委会", null, KEEPER_PHONE, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null));
        all.add(new Answerable("unit:9101", Duty.FRONTAGE_UNIT, "FRONTAGE", "9101", "测试便利店门前", "测试便利店", null,
                "个体工商户", null, UNIT_PHONE, LocalDate.of(2025, 12, 1), LocalDate.of(2026, 12, 5),
                "/console/frontage/units/9101"));
        all.add(new Answerable("team:9101", Duty.TEAM_POLICE, "UNIT_GRID", GRID, "凌水社区第 14 网格", "测试民警丙", null,
                "凌水派出所", null, null, null, null, null));
        all.add(new Answerable("chief:9101", Duty.CHIEF_STREET, "ROAD", "9101", "测试路(甲街—乙街)", "测试路长丁", 9102L,
                "凌水街道办事处", null, "13900009102", LocalDate.of(2026, 3, 1), null, "javascript:alert(1)"));
        all.add(new Answerable("unit:9101:supervisor", Duty.FRONTAGE_SUPERVISOR, "FRONTAGE", "9101", "测试便利店门前",
                "市场监督管理局", null, null, 7L, null, null, null, null));
        all.add(new Answerable("zone:9101", Duty.ZONE_LEADER, "ZONE", "9101", "网区 1", "测试包扶领导戊", null, "区人大",
                null, "13900009103", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31), "/console/zones/9101"));
        all.add(new Answerable("chain:9102", Duty.CHAIN_COMMUNITY, "UNIT_GRID", GRID, "凌水社区第 14 网格", "测试社区书记己",
                null, "凌水社区", null, "13900009104", LocalDate.of(2026, 1, 5), LocalDate.of(2027, 1, 4), null));
        if (!where.hasPosition()) {
            all.add(new Answerable("unit:9102", Duty.FRONTAGE_UNIT, "FRONTAGE", "9102", "测试二号洗车行门前", SECOND_UNIT,
                    null, "个体工商户", null, "13900009105", null, null, null));
        }
        return all;
    }

    @Override
    public Optional<String> nameOf(String key) {
        return key.equals("keeper:9101") ? Optional.of("测试网格长乙") : Optional.empty();
    }
}
