package org.urbangrid.grid.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.grid.Gazetteer;
import org.urbangrid.grid.NearbyPlace;
import org.urbangrid.grid.NewPlace;
import org.urbangrid.grid.Place;
import org.urbangrid.grid.Places;
import org.urbangrid.platform.UrbanGridException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/gazetteer")
@Tag(name = "Gazetteer", description = "地理编码: named roads, places and buildings")
class GazetteerController {

    private final Gazetteer gazetteer;
    private final Places places;

    GazetteerController(Gazetteer gazetteer, Places places) {
        this.gazetteer = gazetteer;
        this.places = places;
    }

    @GetMapping
    @Operation(summary = "Places whose name starts with (first) or contains the text")
    List<Place> search(@RequestParam @NotBlank @Size(max = 50) String q,
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
        return gazetteer.search(q, limit);
    }

    record Nearest(Place place, long distanceMetres, String address) {}

    @GetMapping("/nearest")
    @Operation(summary = "The nearest named place to a position, its distance and a readable address")
    Nearest nearest(@RequestParam double lat, @RequestParam double lng) {
        NearbyPlace near = places.nearest(lat, lng)
                .orElseThrow(() -> UrbanGridException.notFound("error.gazetteer.empty"));
        return new Nearest(near.place(), Math.round(near.distanceMetres()), gazetteer.describe(lat, lng));
    }

    record Address(String address) {}

    @GetMapping("/describe")
    @Operation(summary = "A readable address for a position, e.g. 凌水街道 凌水社区 黄浦路附近(约40米)")
    Address describe(@RequestParam double lat, @RequestParam double lng) {
        return new Address(gazetteer.describe(lat, lng));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Add a place; its unit grid is located from the position")
    Place add(@Valid @RequestBody NewPlace place) {
        return places.add(place);
    }
}
