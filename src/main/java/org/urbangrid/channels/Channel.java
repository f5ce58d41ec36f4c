package org.urbangrid.channels;

import java.time.Instant;

import org.urbangrid.cases.CaseSource;

/**
 * 接入渠道
 *
 * @param code a short unique name ({@code web}, {@code 12345}, {@code fixmystreet-app})
 * @param source the source its cases carry
 * @param accountId the {@code CHANNEL} account its reports are made through
 * @param trusted its citizens' text and photos are shown publicly at once, without the centre's review
 * @param webhookUrl where its public-facing updates are posted (signed), if anywhere
 * @param webhookSecretSet whether a shared secret for the webhook's signature is set (the secret is never shown)
 */
public record Channel(long id, String code, String name, ChannelKind kind, CaseSource source, long accountId,
        boolean trusted, String webhookUrl, boolean webhookSecretSet, boolean active, Instant createdAt) {}
