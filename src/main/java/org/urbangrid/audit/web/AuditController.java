package org.urbangrid.audit.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.audit.AuditLog;
import org.urbangrid.audit.AuditPage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "审计日志: every administrative change, administrators only")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Administrative changes, newest first; pass nextBefore as 'before' for the next page")
    AuditPage page(@RequestParam(required = false) String area, @RequestParam(required = false) Long before,
            @RequestParam(defaultValue = "50") int size) {
        return audit.page(area, before, size);
    }
}
