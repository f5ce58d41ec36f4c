package org.urbangrid.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

class RoutingOpenApiTest extends IntegrationTest {

    @Test
    void routing_and_photo_endpoints_are_described() {
        var docs = mvc.get().uri("/v3/api-docs").exchange();
        assertThat(docs).hasStatusOk();
        assertThat(Api.body(docs)).contains("/api/routing/rules/{id}", "/api/routing/suggest", "/api/photos/{id}/meta");
    }
}
