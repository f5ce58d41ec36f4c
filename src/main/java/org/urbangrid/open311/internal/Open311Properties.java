package org.urbangrid.open311.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code urbangrid.open311.*}: what the Open311 server says about itself.
 *
 * @param jurisdictionId the one jurisdiction this endpoint serves ({@code jurisdiction_id}); any other is 404
 * @param contact discovery's {@code contact}: how to reach the people behind the endpoint
 * @param keyService discovery's {@code key_service}: how to get an API key
 * @param baseUrl the platform's public address ({@code https://city.example.org}), for the discovery endpoint's
 *        {@code url} and absolute {@code media_url}s; blank: taken from each request (set
 *        {@code server.forward-headers-strategy} behind a proxy)
 * @param type discovery's endpoint {@code type}: {@code production} or {@code test}
 */
@ConfigurationProperties("urbangrid.open311")
public record Open311Properties(String jurisdictionId, String contact, String keyService, String baseUrl, String type) {

    public Open311Properties {
        jurisdictionId = blank(jurisdictionId) ? "dalian-gaoxin.urbangrid" : jurisdictionId.strip();
        contact = blank(contact) ? "城市管理监督指挥中心 (the city management supervision and command centre)" : contact;
        keyService = blank(keyService)
                ? "API keys are issued by the centre's administrators (系统管理 → 接入渠道 /admin/channels); ask the centre for one."
                : keyService;
        baseUrl = blank(baseUrl) ? null : baseUrl.strip().replaceAll("/+$", "");
        type = blank(type) ? "production" : type.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
