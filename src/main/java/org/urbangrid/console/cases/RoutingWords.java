package org.urbangrid.console.cases;

import org.springframework.stereotype.Component;
import org.urbangrid.cases.CaseView;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.catalog.CatalogClass;
import org.urbangrid.catalog.FilingCondition;
import org.urbangrid.dispatch.AreaLevel;
import org.urbangrid.dispatch.CategoryLevel;
import org.urbangrid.dispatch.RoutingSuggestion;
import org.urbangrid.grid.Grids;

/**
 * 派遣依据: why a department is proposed, in plain words of the reader's language, built from the parts — what
 * (the case's class), where (the case's community), who (the department) and which rule matched (its category and
 * area, each with its level) — by message bundle patterns, never from the stored Chinese note: "凌水社区的暴露垃圾由凌水街道办事处负责"
 * / "Exposed rubbish in Lingshui Community is the responsibility of Lingshui Subdistrict Office", and beneath it
 * "派遣规则 #12:小类 暴露垃圾 · 社区 凌水社区". Names have no English in the data yet for classes and areas; the
 * Chinese names stand in until they do.
 */
@Component
class RoutingWords {

    /** The sentence and the rule behind it (null when the component's owner decided or no rule is known). */
    record Reason(String sentence, String rule) {}

    private final Catalog catalog;
    private final Grids grids;
    private final DeskTexts texts;

    RoutingWords(Catalog catalog, Grids grids, DeskTexts texts) {
        this.catalog = catalog;
        this.grids = grids;
        this.texts = texts;
    }

    /**
     * The reason for a suggestion made for this case; with a null suggestion (or one for another department, the
     * rules having changed since filing) the plain sentence for the department the case was proposed to.
     */
    Reason reason(CaseView kase, RoutingSuggestion suggestion, String departmentName) {
        if (departmentName == null || departmentName.isBlank()) {
            return null;
        }
        var what = what(kase);
        if (suggestion == null) {
            return new Reason(texts.get("cases.routing.sentence", area(kase.communityCode()), what, departmentName), null);
        }
        if (suggestion.byOwner()) {
            return new Reason(texts.get("cases.routing.owner", suggestion.componentCode(), departmentName), null);
        }
        // Where the case is, as the reader knows it; the rule's own reach (a street, the district) is in the rule line.
        var sentence = suggestion.frontageUnit() != null
                ? texts.get("cases.routing.frontage", suggestion.frontageUnit(), what, departmentName)
                : texts.get("cases.routing.sentence", area(kase.communityCode()), what, departmentName);
        var rule = texts.get("cases.routing.rule", String.valueOf(suggestion.ruleId()), category(suggestion.category()),
                areaPart(suggestion.areaCode()));
        return new Reason(sentence, rule);
    }

    /** The case's class name (its condition's when filed), or "问题" while unclassified. */
    private String what(CaseView kase) {
        if (kase.conditionCode() != null) {
            var condition = catalog.condition(kase.conditionCode());
            if (condition.isPresent()) {
                return condition.map(FilingCondition::className).get();
            }
        }
        return kase.classCode() == null ? texts.get("cases.routing.problem")
                : catalog.findClass(kase.classCode()).map(CatalogClass::name).orElse(kase.classCode());
    }

    private String area(String code) {
        return code == null ? texts.get("cases.routing.district") : grids.nameOf(code).orElse(code);
    }

    /** "小类 暴露垃圾", "大类 市容环境", "全部类别". */
    private String category(String code) {
        var level = CategoryLevel.of(code);
        if (level == null || level == CategoryLevel.ANY) {
            return texts.get("cases.routing.category.ANY");
        }
        String name = switch (level) {
            // A class code repeats its major class: E0102 is in E01.
            case MAJOR -> catalog.classes(null, null).stream().filter(c -> c.code().startsWith(code))
                    .map(CatalogClass::majorName).findFirst().orElse(code);
            case CLASS -> catalog.findClass(code).map(CatalogClass::name).orElse(code);
            case CONDITION -> catalog.condition(code).map(c -> c.className() + " " + code).orElse(code);
            case ANY -> "";
        };
        return texts.get("cases.routing.category." + level.name(), name);
    }

    /** "社区 凌水社区", "全区". */
    private String areaPart(String code) {
        var level = AreaLevel.of(code);
        if (level == null || level == AreaLevel.DISTRICT) {
            return texts.get("cases.routing.area.DISTRICT");
        }
        return texts.get("cases.routing.area." + level.name(), grids.nameOf(code).orElse(code));
    }
}
