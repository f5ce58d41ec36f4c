package org.urbangrid.catalog.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.urbangrid.catalog.ComponentState;
import org.urbangrid.catalog.internal.ComponentQuery;
import org.urbangrid.catalog.internal.ComponentService;
import org.urbangrid.catalog.internal.StoredComponent;
import org.urbangrid.organization.Department;
import org.urbangrid.organization.Organization;
import org.urbangrid.platform.UrbanGridException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/components")
@Tag(name = "Components", description = "部件库: the component register, its CSV/GeoJSON import and search")
class ComponentController {

    private final ComponentService components;
    private final Organization organization;

    ComponentController(ComponentService components, Organization organization) {
        this.components = components;
        this.organization = organization;
    }

    record Imported(int imported) {}

    record ComponentView(String code, String classCode, String className, String name, double latitude,
            double longitude, String unitGridCode, Long ownerDepartmentId, String ownerDepartment,
            Long maintainerDepartmentId, String maintainerDepartment, ComponentState state, String material,
            LocalDate surveyDate, String source) {}

    record Page(List<ComponentView> items, int page, int size, long total) {}

    @PostMapping(path = "/import", consumes = {"text/csv", "application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Import components from CSV or GeoJSON, all or nothing")
    Imported importBody(@RequestHeader("Content-Type") String contentType, @RequestBody String body) {
        boolean csv = contentType.toLowerCase(Locale.ROOT).startsWith("text/csv");
        return new Imported(csv ? components.importCsv(body) : components.importGeoJson(body));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Import an uploaded .csv, .geojson or .json file, all or nothing")
    Imported importFile(@RequestPart("file") MultipartFile file) throws IOException {
        var name = String.valueOf(file.getOriginalFilename()).toLowerCase(Locale.ROOT);
        var type = String.valueOf(file.getContentType()).toLowerCase(Locale.ROOT);
        var text = new String(file.getBytes(), StandardCharsets.UTF_8);
        if (name.endsWith(".csv") || type.startsWith("text/csv")) {
            return new Imported(components.importCsv(text));
        }
        if (name.endsWith(".geojson") || name.endsWith(".json") || type.contains("json")) {
            return new Imported(components.importGeoJson(text));
        }
        throw UrbanGridException.invalid("error.component.import-format", name);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One component")
    ComponentView component(@PathVariable String code) {
        return components.detail(code).map(c -> view(c, new HashMap<>()))
                .orElseThrow(() -> UrbanGridException.notFound("error.component.not-found", code));
    }

    @GetMapping
    @Operation(summary = "Components by unit grid, class and state, a page at a time")
    Page search(@RequestParam(required = false) @Pattern(regexp = "\\d{15}") String grid,
            @RequestParam(name = "class", required = false) @Pattern(regexp = "C\\d{4}") String classCode,
            @RequestParam(required = false) ComponentState state,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        var query = new ComponentQuery(grid, classCode, state, page, size);
        var departments = new HashMap<Long, String>();
        var items = components.search(query).stream().map(c -> view(c, departments)).toList();
        return new Page(items, page, size, components.count(query));
    }

    private ComponentView view(StoredComponent c, Map<Long, String> departments) {
        return new ComponentView(c.code(), c.classCode(), c.className(), c.name(), c.latitude(), c.longitude(),
                c.unitGridCode(), c.ownerDepartmentId(), departmentCode(c.ownerDepartmentId(), departments),
                c.maintainerDepartmentId(), departmentCode(c.maintainerDepartmentId(), departments), c.state(),
                c.material(), c.surveyDate(), c.source());
    }

    private String departmentCode(Long id, Map<Long, String> departments) {
        if (id == null) {
            return null;
        }
        return departments.computeIfAbsent(id, i -> organization.department(i).map(Department::code).orElse(null));
    }
}
