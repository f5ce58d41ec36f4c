package org.urbangrid.exchange.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the hotline exchange, {@code urbangrid.exchange.*}.
 *
 * @param baseUrl the platform's address as hotline systems reach it (e.g. {@code https://cg.example.gov.cn}), put
 *        before the links and photo URLs of answers and webhooks; left out, they are paths ({@code /exchange/v1/…})
 */
@ConfigurationProperties("urbangrid.exchange")
public record ExchangeProperties(String baseUrl) {

    public ExchangeProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "" : baseUrl.strip().replaceAll("/+$", "");
    }

    /** The path as a hotline system follows it. */
    public String link(String path) {
        return baseUrl + path;
    }
}
