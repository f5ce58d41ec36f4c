package org.urbangrid.assessment.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.urbangrid.assessment.Grade;
import org.urbangrid.assessment.Indicator;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.assessment.internal.FormulaBody;
import org.urbangrid.assessment.internal.KindFormula;
import org.urbangrid.assessment.internal.NewFormula;
import org.urbangrid.assessment.internal.Part;
import org.urbangrid.assessment.internal.Part.Band;
import org.urbangrid.assessment.internal.Part.Scoring;
import org.urbangrid.platform.UrbanGridException;

/**
 * The formula form's fields ↔ a formula. Per kind K and indicator I: {@code K.I.weight} (blank: not used),
 * {@code K.I.scoring}, {@code K.I.bands} and {@code K.I.class2Bands} written {@code min:score} apart by spaces
 * ({@code 0:100 51:90 101:75}); {@code K.minimumCases}; {@code K.ext.E} per external input the kind may weigh; {@code grade.A}…
 * {@code grade.D}; {@code class2Regions}; {@code validFrom}; {@code reason}. A refusal's field in the formula
 * ({@code kinds.K.parts[2].weight}) is translated back to the form field it came from.
 */
final class FormulaForm {

    private static final Pattern BAND = Pattern.compile("(\\d+)\\s*[:：]\\s*(\\d+(?:\\.\\d+)?)");
    private static final Pattern PART_FIELD = Pattern.compile("kinds\\.(\\w+)\\.parts\\[(\\d+)]\\.(\\w+).*");

    private final Map<SubjectKind, List<Indicator>> used = new EnumMap<>(SubjectKind.class);

    /** The scorings an indicator may have in a kind, the first being its default. */
    static List<Scoring> scorings(SubjectKind kind, Indicator indicator) {
        if (indicator.rate()) {
            return List.of(Scoring.RATE, Scoring.INVERSE_RATE);
        }
        return kind.isRegion() ? List.of(Scoring.BANDS_PER_UNIT_GRID, Scoring.BANDS) : List.of(Scoring.BANDS);
    }

    /** The fields that show a formula. */
    static Map<String, String> fields(FormulaBody body) {
        var fields = new HashMap<String, String>();
        body.grades().forEach((grade, limit) -> fields.put("grade." + grade, plain(limit)));
        fields.put("class2Regions", String.join(" ", body.class2Regions()));
        body.kinds().forEach((kind, formula) -> {
            fields.put(kind + ".minimumCases", Integer.toString(formula.minimumCases()));
            formula.external().forEach((input, weight) -> fields.put(kind + ".ext." + input, plain(weight)));
            for (var part : formula.parts()) {
                var prefix = kind + "." + part.indicator() + ".";
                fields.put(prefix + "weight", plain(part.weight()));
                fields.put(prefix + "scoring", part.scoring().name());
                fields.put(prefix + "bands", bands(part.bands()));
                fields.put(prefix + "class2Bands", bands(part.class2Bands()));
            }
        });
        return fields;
    }

    /** Reads the fields; a number or date that cannot be read is refused naming its field. */
    NewFormula read(Map<String, String> fields) {
        var grades = new EnumMap<Grade, BigDecimal>(Grade.class);
        for (var grade : List.of(Grade.A, Grade.B, Grade.C, Grade.D)) {
            grades.put(grade, number(fields, "grade." + grade));
        }
        var regions = List.of(fields.getOrDefault("class2Regions", "").trim().split("[\\s,，;；]+"))
                .stream().filter(code -> !code.isBlank()).toList();
        var kinds = new EnumMap<SubjectKind, KindFormula>(SubjectKind.class);
        for (var kind : SubjectKind.values()) {
            kinds.put(kind, kind(kind, fields));
        }
        return new NewFormula(date(fields, "validFrom"), fields.get("reason"), new FormulaBody(grades, regions, kinds));
    }

    private KindFormula kind(SubjectKind kind, Map<String, String> fields) {
        var parts = new ArrayList<Part>();
        var indicators = new ArrayList<Indicator>();
        for (var indicator : Indicator.of(kind)) {
            var prefix = kind + "." + indicator + ".";
            var weight = fields.get(prefix + "weight");
            if (weight == null || weight.isBlank()) {
                continue;
            }
            var scoring = scoring(fields.get(prefix + "scoring"), scorings(kind, indicator).get(0), prefix + "scoring");
            parts.add(new Part(indicator, number(fields, prefix + "weight"), scoring,
                    bands(fields.get(prefix + "bands"), prefix + "bands"),
                    bands(fields.get(prefix + "class2Bands"), prefix + "class2Bands")));
            indicators.add(indicator);
        }
        used.put(kind, indicators);
        var external = new LinkedHashMap<String, BigDecimal>();
        for (var input : FormulaBody.inputsOf(kind)) {
            var field = kind + ".ext." + input;
            var value = fields.get(field);
            external.put(input, value == null || value.isBlank() ? BigDecimal.ZERO : number(fields, field));
        }
        var minimum = fields.getOrDefault(kind + ".minimumCases", "0").trim();
        try {
            return new KindFormula(Integer.parseInt(minimum.isEmpty() ? "0" : minimum), parts, external);
        } catch (NumberFormatException e) {
            throw bad(kind + ".minimumCases", minimum);
        }
    }

    /** The form field a refusal of the formula names. */
    String formField(String field) {
        if (field == null) {
            return null;
        }
        var part = PART_FIELD.matcher(field);
        if (part.matches()) {
            var kind = SubjectKind.valueOf(part.group(1));
            var indicator = used.getOrDefault(kind, List.of()).get(Integer.parseInt(part.group(2)));
            var sub = part.group(3);
            return kind + "." + indicator + "." + (sub.equals("indicator") ? "weight" : sub);
        }
        if (field.startsWith("grades.")) {
            return "grade." + field.substring("grades.".length());
        }
        if (field.startsWith("class2Regions")) {
            return "class2Regions";
        }
        if (field.startsWith("kinds.")) {
            return field.substring("kinds.".length()).replace(".external.", ".ext.");
        }
        return field;
    }

    private static Scoring scoring(String value, Scoring fallback, String field) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Scoring.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw bad(field, value);
        }
    }

    private static List<Band> bands(String text, String field) {
        var bands = new ArrayList<Band>();
        if (text == null || text.isBlank()) {
            return bands;
        }
        for (var token : text.trim().split("[\\s,，;；]+")) {
            var band = BAND.matcher(token);
            if (!band.matches()) {
                throw bad(field, token);
            }
            bands.add(new Band(Long.parseLong(band.group(1)), new BigDecimal(band.group(2))));
        }
        return bands;
    }

    private static String bands(List<Band> bands) {
        return String.join(" ", bands.stream().map(b -> b.min() + ":" + plain(b.score())).toList());
    }

    private static BigDecimal number(Map<String, String> fields, String field) {
        var value = fields.getOrDefault(field, "").trim();
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw bad(field, value);
        }
    }

    private static LocalDate date(Map<String, String> fields, String field) {
        var value = fields.getOrDefault(field, "").trim();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw bad(field, value);
        }
    }

    private static UrbanGridException bad(String field, String value) {
        return UrbanGridException.invalid("error.assessment.formula.unreadable", field, value).with("field", field);
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
