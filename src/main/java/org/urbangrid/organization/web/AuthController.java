package org.urbangrid.organization.web;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.organization.internal.Tokens;
import org.urbangrid.platform.UrbanGridException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api")
@Tag(name = "Authentication", description = "API tokens for staff accounts")
class AuthController {

    private final Tokens tokens;
    private final CurrentStaff current;

    AuthController(Tokens tokens, CurrentStaff current) {
        this.tokens = tokens;
        this.current = current;
    }

    record Credentials(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 100) String password) {}

    record TokenResponse(String token, String tokenType, Instant expiresAt, StaffPrincipal staff) {}

    @PostMapping("/auth/token")
    @Operation(summary = "Exchange username and password for a bearer token (valid 12 hours)")
    TokenResponse token(@Valid @RequestBody Credentials credentials) {
        var issued = tokens.issue(credentials.username(), credentials.password())
                .orElseThrow(() -> new UrbanGridException(HttpStatus.UNAUTHORIZED, "error.auth.bad-credentials"));
        return new TokenResponse(issued.token(), "Bearer", issued.expiresAt(), issued.staff());
    }

    @GetMapping("/me")
    @Operation(summary = "The account the token belongs to")
    StaffPrincipal me() {
        return current.get();
    }
}
