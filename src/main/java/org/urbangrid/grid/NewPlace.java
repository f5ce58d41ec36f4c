package org.urbangrid.grid;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A gazetteer entry to add (地名): its unit grid is computed from the position. */
public record NewPlace(
        @NotBlank @Size(max = 100) String name,
        @NotNull PlaceKind kind,
        @DecimalMin("-90") @DecimalMax("90") double latitude,
        @DecimalMin("-180") @DecimalMax("180") double longitude) {}
