package org.urbangrid.console.mobile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** The phone pages show a photo only to inspectors who may see its case, or to its uploader before it is attached. */
class MobilePhotoAccessTest extends IntegrationTest {

    @Autowired
    Grids grids;

    @Autowired
    Organization organization;

    private MobileFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new MobileFixtures(api, mvc, grids, organization);
    }

    private int photo(String inspector, String id) {
        return mvc.get().uri("/m/photos/{id}", id).with(user(inspector).roles("INSPECTOR")).exchange()
                .getResponse().getStatus();
    }

    @Test
    void an_inspector_of_another_street_sees_neither_an_unattached_upload_nor_a_case_photo_outside_their_scope() {
        var loose = fixtures.photo("inspector");
        assertThat(photo("inspector", loose)).isEqualTo(200);
        assertThat(photo("inspector16", loose)).isEqualTo(404);

        long id = fixtures.checkTask();
        var view = api.get("inspector", "/api/cases/{id}", id);
        String attached = Api.read(view, "$.history[0].photoIds[0]");
        assertThat(photo("inspector", attached)).isEqualTo(200);
        assertThat(photo("inspector16", attached)).isEqualTo(404);
    }
}
