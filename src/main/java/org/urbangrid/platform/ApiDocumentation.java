package org.urbangrid.platform;

import java.util.Map;

import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document's title, version and description, the bearer token, and the RFC 9457 problem every
 * refusal answers with, listed on every operation (an operation may describe its own refusals more closely).
 */
@Configuration
class ApiDocumentation {

    static final String PROBLEM = "Problem";

    /** The refusals every operation may answer with, by method. */
    private static final Map<String, String> READ_ERRORS = Map.of(
            "400", "Bad input: `code` is the message key, `field` names the field, `detail` says what is wrong (zh-CN or en by Accept-Language)",
            "401", "Not signed in: send `Authorization: Bearer <token>` from POST /api/auth/token",
            "403", "Your role or scope does not allow it",
            "404", "Not found, or outside your scope");
    private static final Map<String, String> WRITE_ERRORS = Map.of(
            "409", "Conflict: changed since you read it (stale version), or not allowed in the current state",
            "422", "Well-formed but cannot be carried out as asked (e.g. a key reused for another request)");

    @Bean
    OpenAPI urbanGridOpenApi(@Value("${urbangrid.api.version:dev}") String version) {
        var problem = new ObjectSchema()
                .addProperty("type", new Schema<String>().type("string").format("uri"))
                .addProperty("title", new Schema<String>().type("string"))
                .addProperty("status", new Schema<Integer>().type("integer"))
                .addProperty("detail", new Schema<String>().type("string").description("the message, in the request's language"))
                .addProperty("instance", new Schema<String>().type("string").format("uri"))
                .addProperty("code", new Schema<String>().type("string").description("the message key, e.g. error.case.reason-required"))
                .addProperty("field", new Schema<String>().type("string").description("the field at fault, when one is"))
                .description("RFC 9457 problem details");
        return new OpenAPI()
                .info(new Info().title("UrbanGrid 数字城管 API").version(version).description("""
                        The digital city-management platform (数字化城市管理平台, GB/T 30428): unit grids, the \
                        component and event catalogue, work-calendar time limits, routing rules and the case \
                        workflow from report to close. Every call acts as the signed-in staff member and is \
                        limited to their role and scope. Refusals are RFC 9457 problems in Chinese or English \
                        (Accept-Language), with `code` (the message key) and, for bad input, `field`."""))
                .components(new Components().addSchemas(PROBLEM, problem)
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Lists the problem responses on every operation that does not describe them itself. */
    @Bean
    GlobalOperationCustomizer problemResponses() {
        return (operation, handler) -> {
            var writes = handler.getMethod().getAnnotation(org.springframework.web.bind.annotation.GetMapping.class) == null;
            READ_ERRORS.forEach((status, text) -> addIfAbsent(operation, status, text));
            if (writes) {
                WRITE_ERRORS.forEach((status, text) -> addIfAbsent(operation, status, text));
            }
            return operation;
        };
    }

    static void addIfAbsent(io.swagger.v3.oas.models.Operation operation, String status, String description) {
        if (operation.getResponses() != null && !operation.getResponses().containsKey(status)) {
            operation.getResponses().addApiResponse(status, problem(description));
        }
    }

    static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }
}
