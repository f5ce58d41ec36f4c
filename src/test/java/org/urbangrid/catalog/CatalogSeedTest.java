package org.urbangrid.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.deadline.TimeLimit;
import org.urbangrid.support.IntegrationTest;

/** The national catalogue (CJ/T 214-2007, DOMAIN §3) and the published limits (DOMAIN §5) are seeded. */
class CatalogSeedTest extends IntegrationTest {

    /** DOMAIN §3, major by major: major code, then minor code and name pairs. */
    static final String COMPONENTS = """
            01 01 上水井盖 02 污水井盖 03 雨水井盖 04 雨水箅子 05 电力井盖 06 路灯井盖 07 通讯井盖 08 电视井盖 09 网络井盖
               10 热力井盖 11 燃气井盖 12 公安井盖 13 消防设施 14 无主井盖 15 通讯交接箱 16 电力设施 17 立杆 18 路灯
               19 地灯 20 景观灯 21 报刊亭 22 电话亭 23 邮筒 24 信息亭 25 自动售货机 26 健身设施 27 中水井盖 28 公交井盖
               29 输油(气)井盖 30 特殊井盖 31 民用水井 32 供水器 33 高压线铁塔 34 变压器(箱) 35 燃气调压站(箱)
               36 监控电子眼 37 售货亭 38 治安岗亭
            02 01 停车场 02 停车咪表 03 公交站亭 04 出租车站牌 05 过街天桥 06 地下通道 07 高架立交桥 08 跨河桥 09 交通标志牌
               10 交通信号灯 11 交通护栏 12 存车支架 13 路名牌 14 交通信号设施 15 道路信息显示屏 16 道路隔音屏 17 交通岗亭
            03 01 公共厕所 02 化粪池 03 公厕指示牌 04 垃圾间(楼) 05 垃圾箱 06 灯箱霓虹灯 07 广告牌匾 08 环保监测站
               09 气象监测站 10 污水口监测站 11 噪声显示屏
            04 01 古树名木 02 行道树 03 护树设施 04 花架花钵 05 绿地 06 雕塑 07 街头坐椅 08 绿地护栏 09 绿地维护设施 10 喷泉
            05 01 宣传栏 02 人防工事 03 公房地下室
            06 01 重大危险源 02 工地 03 水域附属设施 04 水域护栏 05 港监设施 06 防洪墙
            """;
    static final String EVENTS = """
            01 01 私搭乱建 02 暴露垃圾 03 积存垃圾渣土 04 道路不洁 05 水域不洁 06 绿地脏乱 07 废弃车辆 08 废弃家具设施
               09 非装饰性树挂 10 道路破损 11 河堤破损 12 道路遗撒 13 建筑物外立面不洁 14 水域秩序问题 15 焚烧树叶垃圾
               16 油烟污染 17 动物尸体清理 18 私自饲养家禽家畜
            02 01 非法小广告 02 违章张贴悬挂广告牌匾 03 占道广告牌 04 街头散发广告 05 广告招牌破损
            03 01 施工扰民 02 工地扬尘 03 施工废弃料 04 施工占道 05 无证掘路
            04 01 路面塌陷 02 自来水管破裂 03 燃气管道破裂 04 下水道堵塞或破损 05 热力管道破裂 06 道路积水 07 道路积雪结冰
               08 架空线缆损坏 09 群发性事件
            05 01 无照经营游商 02 流浪乞讨 03 占道废品收购 04 店外经营 05 机动车乱停放 06 非机动车乱停放 07 乱堆物堆料
               08 商业噪音 09 黑车拉客 10 露天烧烤 11 沿街晾挂 12 非法出版物销售 13 空调室外机低挂
            """;

    @Autowired
    Catalog catalog;

    @Test
    void every_component_class_of_the_standard_is_seeded_with_its_name() {
        var expected = parse('C', COMPONENTS);
        assertThat(expected).hasSize(85);
        expected.forEach((code, name) -> assertThat(catalog.findClass(code)).as(code)
                .hasValueSatisfying(c -> assertThat(c.name()).isEqualTo(name)));
    }

    @Test
    void every_event_class_of_the_standard_is_seeded_with_its_name() {
        var expected = parse('E', EVENTS);
        assertThat(expected).hasSize(50);
        expected.forEach((code, name) -> assertThat(catalog.findClass(code)).as(code)
                .hasValueSatisfying(c -> assertThat(c.name()).isEqualTo(name)));
    }

    @Test
    void every_major_class_has_its_other_class_99() {
        for (var code : new String[] {"C0199", "C0299", "C0399", "C0499", "C0599", "C0699", "E0199", "E0299", "E0399",
                "E0499", "E0599"}) {
            assertThat(catalog.findClass(code)).as(code).hasValueSatisfying(c -> assertThat(c.name()).startsWith("其他"));
        }
        assertThat(catalog.findClass("C0699")).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("其他设施"));
        assertThat(catalog.classes(null, "其他其他")).isEmpty();
    }

    @Test
    void the_classes_the_first_seed_lacked_have_their_filing_conditions() {
        for (var code : new String[] {"C0311", "C0605"}) {
            var conditions = catalog.conditionsOf(code);
            assertThat(conditions).as(code).extracting(FilingCondition::code).containsExactly(code + "-01", code + "-02");
            assertThat(conditions).allSatisfy(c -> assertThat(c.handlingLimit()).isEqualTo(TimeLimit.workDays(5)));
        }
        assertThat(catalog.findClass("C0311")).hasValueSatisfying(c -> assertThat(c.majorName()).isEqualTo("市容环境"));
        assertThat(catalog.findClass("C0605")).hasValueSatisfying(c -> assertThat(c.majorName()).isEqualTo("其他设施"));
    }

    @Test
    void every_seeded_class_has_an_active_condition_with_a_positive_limit_and_a_closing_condition() {
        var classes = catalog.classes(null, null);
        assertThat(classes).hasSizeGreaterThanOrEqualTo(85 + 50 + 11 + 10);
        for (var c : classes) {
            var conditions = catalog.conditionsOf(c.code());
            assertThat(conditions).as(c.code()).isNotEmpty();
            conditions.forEach(f -> {
                assertThat(f.code()).matches(c.code() + "-\\d{2}");
                assertThat(f.handlingLimit().amount()).isPositive();
                assertThat(f.closingCondition()).isNotBlank();
                assertThat(f.kind()).isEqualTo(c.kind());
            });
        }
    }

    @Test
    void local_classes_the_seeds_ask_for_are_seeded_under_major_21() {
        var local = catalog.classes(CategoryKind.EVENT, "").stream().filter(CatalogClass::local)
                .map(CatalogClass::name).toList();
        assertThat(local).contains("餐饮油烟污染", "噪声污染", "大气污染", "“九小”场所卫生", "食品安全", "农贸市场秩序",
                "河道“六乱”", "违法建设(500平方米以上)", "违法建设(500平方米以内)", "牛皮癣小广告");
        assertThat(catalog.findClass("E2101")).hasValueSatisfying(c -> assertThat(c.majorCode()).isEqualTo("21"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "E0102-01, 暴露垃圾, 4, WORK_HOURS",
            "E0104-01, 道路不洁, 2, WORK_HOURS",
            "E0406-01, 道路积水, 4, WORK_HOURS",
            "E0106-01, 绿地脏乱, 4, WORK_HOURS",
            "C0405-01, 绿地养护, 5, WORK_DAYS",
            "E0103-01, 积存垃圾渣土, 2, WORK_DAYS",
            "E0101-01, 私搭乱建 stop-work, 4, WORK_HOURS",
            "E0101-02, 私搭乱建 penalty, 7, WORK_DAYS",
            "E0101-03, 私搭乱建 demolition, 20, WORK_DAYS",
            "E0105-01, 水域不洁, 15, WORK_DAYS",
            "C0101-01, 上水井盖丢失, 6, NATURAL_HOURS",
            "C0111-01, 燃气井盖丢失, 6, NATURAL_HOURS",
            "E2108-01, 违法建设 500 m² and more, 15, WORK_DAYS"})
    void published_limits_are_seeded_exactly(String code, String what, int amount, LimitUnit unit) {
        assertThat(catalog.requireActiveCondition(code).handlingLimit()).isEqualTo(new TimeLimit(amount, unit));
    }

    @Test
    void a_missing_cover_must_be_made_safe_within_three_hours_and_a_damaged_one_is_another_condition() {
        var conditions = catalog.conditionsOf("C0101");
        assertThat(conditions).extracting(FilingCondition::description).containsExactly("井盖丢失", "井盖破损、松动、移位或下沉");
        assertThat(conditions.get(0).closingCondition()).contains("3小时");
    }

    @Test
    void emergencies_run_on_natural_time() {
        for (var code : new String[] {"E0401-01", "E0402-01", "E0403-01", "E0405-01"}) {
            assertThat(catalog.requireActiveCondition(code).handlingLimit().unit()).as(code)
                    .isEqualTo(LimitUnit.NATURAL_HOURS);
        }
    }

    private static Map<String, String> parse(char kind, String table) {
        var result = new LinkedHashMap<String, String>();
        String major = null;
        for (var line : table.strip().split("\n")) {
            var tokens = line.strip().split("\\s+");
            int start = 0;
            if (!line.startsWith(" ")) {
                major = tokens[0];
                start = 1;
            }
            for (int i = start; i < tokens.length; i += 2) {
                result.put(kind + major + tokens[i], tokens[i + 1]);
            }
        }
        return result;
    }
}
