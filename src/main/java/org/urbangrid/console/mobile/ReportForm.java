package org.urbangrid.console.mobile;

import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.NewReport;

/**
 * The fields of a report sent from the phone (the photos travel beside them in the same multipart request).
 *
 * @param onSpot 当场处置: the inspector fixed it already; the case is closed at once
 */
record ReportForm(
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @NotBlank @Pattern(regexp = "[CE]\\d{4}-\\d{2}") String conditionCode,
        @NotBlank @Size(max = 1000) String description,
        Boolean onSpot) {

    boolean handledOnSpot() {
        return Boolean.TRUE.equals(onSpot);
    }

    NewReport toReport(List<String> photoIds) {
        return new NewReport(CaseSource.INSPECTOR, latitude, longitude, conditionCode, description, List.copyOf(photoIds),
                null, null);
    }
}
