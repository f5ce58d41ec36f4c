package org.urbangrid.organization.web;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.organization.internal.LoginThrottle;
import org.urbangrid.organization.internal.Tokens;
import org.urbangrid.platform.UrbanGridException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api")
@Tag(name = "Authentication", description = "API tokens for staff accounts")
class AuthController {

    private final Tokens tokens;
    private final CurrentStaff current;
    private final Organization organization;

    AuthController(Tokens tokens, CurrentStaff current, Organization organization) {
        this.tokens = tokens;
        this.current = current;
        this.organization = organization;
    }

    record Credentials(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 100) String password) {}

    record TokenResponse(String token, String tokenType, Instant expiresAt, StaffPrincipal staff) {}

    record PasswordChange(@NotNull @Size(max = 100) String currentPassword, @NotNull @Size(max = 100) String newPassword) {}

    @PostMapping("/auth/token")
    @Operation(summary = "Exchange username and password for a bearer token (valid 12 hours)")
    @ApiResponse(responseCode = "401", description = "wrong username or password")
    @ApiResponse(responseCode = "429", description = "too many failed attempts for this account or address; see Retry-After")
    TokenResponse token(@Valid @RequestBody Credentials credentials, HttpServletRequest request,
            HttpServletResponse response) {
        try {
            var issued = tokens.issue(credentials.username(), credentials.password(), request.getRemoteAddr())
                    .orElseThrow(() -> new UrbanGridException(HttpStatus.UNAUTHORIZED, "error.auth.bad-credentials"));
            return new TokenResponse(issued.token(), "Bearer", issued.expiresAt(), issued.staff());
        } catch (LoginThrottle.Blocked blocked) {
            response.setHeader("Retry-After", Long.toString(blocked.retryAfterSeconds()));
            throw blocked;
        }
    }

    @PostMapping("/auth/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke the bearer token this request carries")
    void logout(@RequestHeader("Authorization") String authorization) {
        current.get();
        tokens.revoke(authorization.substring(7).trim());
    }

    @GetMapping("/me")
    @Operation(summary = "The account the token belongs to")
    StaffPrincipal me() {
        return current.get();
    }

    @PostMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change one's own password (current and new, at least 8 characters); ends all one's tokens")
    void changePassword(@Valid @RequestBody PasswordChange change) {
        organization.changeOwnPassword(current.get().id(), change.currentPassword(), change.newPassword());
    }
}
