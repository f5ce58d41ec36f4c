package org.urbangrid.cases;

import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * 上报: a problem seen at a position. Inspectors classify and photograph what they report; a hotline operator
 * may leave the class to the shift leader, who sets it when filing.
 *
 * @param conditionCode the filing condition (立案条件), e.g. {@code E0102-01}
 * @param photoIds photos uploaded first through {@code POST /api/photos}
 * @param componentCode the 16-digit component concerned, if any
 * @param complexity for a 12345/12319 report: SIMPLE (5 working days, the default when left out) or COMPLEX
 *        (15); refused for other sources
 * @param ticketNumber a 12345/12319 report's work-order number (工单号, letters, digits and {@code -}); hotline only
 * @param callerName a 12345/12319 caller's name; hotline only, shown to the roles that call back
 * @param callerPhone a 12345/12319 caller's phone (digits, {@code +}, {@code -}); hotline only, as the name
 */
public record NewReport(
        @NotNull CaseSource source,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Pattern(regexp = "[CE]\\d{4}-\\d{2}") String conditionCode,
        @NotBlank @Size(max = 1000) String description,
        @Size(max = 9) List<@NotBlank @Size(max = 64) String> photoIds,
        @Pattern(regexp = "\\d{16}") String componentCode,
        @Size(max = 100) String reporterContact,
        Complexity complexity,
        @Size(max = MAX_TICKET) @Pattern(regexp = TICKET) String ticketNumber,
        @Size(max = MAX_CALLER_NAME) String callerName,
        @Size(max = MAX_PHONE) @Pattern(regexp = PHONE) String callerPhone) {

    public static final int MAX_TICKET = 32;
    public static final int MAX_CALLER_NAME = 50;
    public static final int MAX_PHONE = 20;
    /** A work-order number: letters, digits and hyphens. */
    public static final String TICKET = "[A-Za-z0-9-]{1,32}";
    /** A phone number as people write it: digits, a leading or inner {@code +}, hyphens; at least 3 digits. */
    public static final String PHONE = "\\+?[0-9][0-9-]{1,18}[0-9]";

    /** A report without caller details. */
    public NewReport(CaseSource source, Double latitude, Double longitude, String conditionCode, String description,
            List<String> photoIds, String componentCode, String reporterContact, Complexity complexity) {
        this(source, latitude, longitude, conditionCode, description, photoIds, componentCode, reporterContact,
                complexity, null, null, null);
    }

    /** A report without a complexity (SIMPLE for a hotline report). */
    public NewReport(CaseSource source, Double latitude, Double longitude, String conditionCode, String description,
            List<String> photoIds, String componentCode, String reporterContact) {
        this(source, latitude, longitude, conditionCode, description, photoIds, componentCode, reporterContact, null,
                null, null, null);
    }

    public List<String> photos() {
        return photoIds == null ? List.of() : photoIds;
    }
}
