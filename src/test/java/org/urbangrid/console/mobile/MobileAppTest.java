package org.urbangrid.console.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.urbangrid.support.IntegrationTest;

/** The installable app: manifest, icons and service worker are public static answers; the pages stay behind login. */
class MobileAppTest extends IntegrationTest {

    @Test
    void the_manifest_is_public_and_names_the_app_its_start_and_its_icons() {
        var manifest = mvc.get().uri("/m/manifest.webmanifest").exchange();
        assertThat(manifest).hasStatusOk().hasContentType("application/manifest+json");
        assertThat(manifest).bodyJson().extractingPath("$.name").isEqualTo("数字城管 监督员");
        assertThat(manifest).bodyJson().extractingPath("$.start_url").isEqualTo("/m");
        assertThat(manifest).bodyJson().extractingPath("$.scope").isEqualTo("/m");
        assertThat(manifest).bodyJson().extractingPath("$.display").isEqualTo("standalone");
        assertThat(manifest).bodyJson().extractingPath("$.theme_color").isEqualTo("#0b5cad");
        assertThat(manifest).bodyJson().extractingPath("$.icons.length()").isEqualTo(4);
        for (var icon : new String[] {"/img/mobile-icon-192.png", "/img/mobile-icon-512.png",
                "/img/mobile-icon-192-maskable.png", "/img/mobile-icon-512-maskable.png"}) {
            var png = mvc.get().uri(icon).exchange();
            assertThat(png).as(icon).hasStatusOk().hasContentType("image/png");
            assertThat(png.getResponse().getContentAsByteArray()).startsWith(0x89, 'P', 'N', 'G');
        }
        assertThat(mvc.get().uri("/m/manifest.webmanifest?lang=en").exchange()).bodyJson().extractingPath("$.name")
                .isEqualTo("UrbanGrid Inspector");
    }

    @Test
    void the_service_worker_is_public_javascript_whose_scope_covers_the_tasks_page() {
        var worker = mvc.get().uri("/m/sw.js").exchange();
        assertThat(worker).hasStatusOk().hasHeader("Service-Worker-Allowed", "/m");
        assertThat(worker.getResponse().getContentType()).startsWith("text/javascript");
        assertThat(worker.getResponse().getHeader("Cache-Control")).contains("no-cache");
        assertThat(worker).bodyText().contains("urbangrid-pages-", "X-UrbanGrid-User", "css/mobile.css", "js/mobile.js",
                "webjars/leaflet/dist/leaflet.js");
        var csp = worker.getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).contains("worker-src 'self'", "manifest-src 'self'");
    }

    @Test
    void what_is_public_is_only_the_app_shell_not_the_pages_or_their_data() {
        for (var uri : new String[] {"/m", "/m/mine", "/m/report", "/m/classes?q=bl", "/m/area", "/m/cases/1",
                "/m/manifest.webmanifest/x", "/m/sw.jsx"}) {
            var answer = mvc.get().uri(uri).exchange();
            assertThat(answer.getResponse().getStatus()).as(uri).isIn(302, 400, 404);
            assertThat(answer.getResponse().getHeader(MobilePages.OFFLINE_OWNER)).as(uri).isNull();
        }
    }
}
