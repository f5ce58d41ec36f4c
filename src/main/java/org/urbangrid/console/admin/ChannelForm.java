package org.urbangrid.console.admin;

import org.urbangrid.cases.CaseSource;
import org.urbangrid.channels.Channel;
import org.urbangrid.channels.ChannelKind;
import org.urbangrid.channels.NewChannel;

/**
 * The channel form as typed; {@link #channel()} checks each field as {@link NewChannel} states it (code, name,
 * kind, source, an http(s) webhook URL, a secret of 16 to 200 characters) before the channel is saved.
 *
 * @param webhookSecret left empty on an edit: the secret is kept
 * @param active on an edit: {@code true} keeps the channel working
 */
record ChannelForm(String code, String name, String kind, String source, String trusted, String webhookUrl,
        String webhookSecret, String active) {

    static ChannelForm of(Channel c) {
        return new ChannelForm(c.code(), c.name(), c.kind().name(), c.source().name(), String.valueOf(c.trusted()),
                c.webhookUrl() == null ? "" : c.webhookUrl(), "", String.valueOf(c.active()));
    }

    static ChannelForm empty() {
        return new ChannelForm("", "", ChannelKind.OPEN311.name(), CaseSource.PUBLIC.name(), "false", "", "", "true");
    }

    NewChannel channel() {
        var c = StaffForm.blankToNull(code);
        if (c == null || !c.matches("[a-z0-9][a-z0-9-]{1,39}")) {
            throw Refusals.invalid("admin.channels.error.code", code == null ? "" : code);
        }
        var n = StaffForm.blankToNull(name);
        if (n == null || n.length() > 100) {
            throw Refusals.invalid("admin.channels.error.name");
        }
        var url = StaffForm.blankToNull(webhookUrl);
        if (url != null && (url.length() > 500 || !url.matches("https?://\\S+"))) {
            throw Refusals.invalid("admin.channels.error.webhook-url", url);
        }
        var secret = webhookSecret == null || webhookSecret.isEmpty() ? null : webhookSecret;
        if (secret != null && (secret.length() < 16 || secret.length() > 200)) {
            throw Refusals.invalid("admin.channels.error.webhook-secret");
        }
        return new NewChannel(c, n, parsedKind(), parsedSource(), "true".equals(trusted) || "on".equals(trusted), url, secret);
    }

    public boolean activeChosen() {
        return active == null || "true".equals(active) || "on".equals(active);
    }

    ChannelKind parsedKind() {
        try {
            return ChannelKind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid("admin.channels.error.kind", kind);
        }
    }

    CaseSource parsedSource() {
        try {
            return CaseSource.valueOf(source == null ? "" : source.strip());
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid("admin.channels.error.source", source);
        }
    }
}
