package org.urbangrid.channels;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.urbangrid.cases.CaseSource;

/**
 * A channel to create (or, with {@link Channels#update}, its settings). The webhook URL must be http(s); its
 * secret at least 16 characters (left out on an update: kept).
 */
public record NewChannel(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,39}") String code,
        @NotBlank @Size(max = 100) String name,
        @NotNull ChannelKind kind,
        @NotNull CaseSource source,
        boolean trusted,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+") String webhookUrl,
        @Size(min = 16, max = 200) String webhookSecret) {}
