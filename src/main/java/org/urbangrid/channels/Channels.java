package org.urbangrid.channels;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.audit.AuditLog;
import org.urbangrid.channels.internal.ChannelStore;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

/**
 * 渠道管理: channels, their keys, and acting as a channel. Administrators create channels and issue and revoke
 * keys (every change in the audit log); a request bearing a key is authenticated to its channel, and the channel's
 * work is done as its {@code CHANNEL} account ({@link #actAs}), so the case history names the channel.
 */
@Service
public class Channels {

    /** The citizen pages' channel, made at start-up if missing. */
    public static final String WEB = "web";
    private static final Duration LAST_USED_EVERY = Duration.ofMinutes(1);

    private final ChannelStore store;
    private final Organization organization;
    private final CurrentStaff current;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<Long, java.time.Instant> lastUsedWritten = new ConcurrentHashMap<>();

    Channels(ChannelStore store, Organization organization, CurrentStaff current, AuditLog audit, Clock clock) {
        this.store = store;
        this.organization = organization;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Channel> list() {
        return store.channels();
    }

    public Optional<Channel> find(long id) {
        return store.channel(id);
    }

    public Optional<Channel> byCode(String code) {
        return store.channelByCode(code);
    }

    /** The channel whose account this is (the reporter of a case reported through a channel). */
    public Optional<Channel> ofAccount(long accountId) {
        return store.channelByAccount(accountId);
    }

    public Channel require(long id) {
        return find(id).orElseThrow(() -> UrbanGridException.notFound("error.channel.not-found", id));
    }

    /** The citizen pages' channel. */
    public Channel web() {
        return byCode(WEB).orElseThrow(() -> new IllegalStateException("the web channel is made at start-up"));
    }

    @Transactional
    public Channel create(NewChannel channel) {
        current.require(Role.ADMIN);
        return createUnchecked(channel);
    }

    /** For start-up and the demo: no acting administrator. */
    @Transactional
    public Channel createUnchecked(NewChannel channel) {
        check(channel);
        if (store.channelByCode(channel.code()).isPresent()) {
            throw UrbanGridException.conflict("error.channel.code-taken", channel.code()).with("field", "code");
        }
        var account = organization.createChannelAccount("channel." + channel.code(), channel.name());
        var created = store.insert(channel, account.id(), clock.instant());
        audit.record("channels", "create", created.code(), null, created);
        return created;
    }

    /** Name, trust, webhook and secret (a secret left out is kept), and whether it is active. */
    @Transactional
    public Channel update(long id, NewChannel change, boolean active) {
        current.require(Role.ADMIN);
        var before = require(id);
        check(change);
        if (!before.code().equals(change.code()) || before.kind() != change.kind()) {
            throw UrbanGridException.invalid("error.channel.code-fixed").with("field", "code");
        }
        store.update(id, change, active);
        var after = require(id);
        audit.record("channels", "update", after.code(), before, after);
        return after;
    }

    public List<ChannelKey> keys(long channelId) {
        current.require(Role.ADMIN);
        require(channelId);
        return store.keys(channelId);
    }

    /** A new key for the channel; the key is in the answer this once. */
    @Transactional
    public IssuedKey issueKey(long channelId, String label) {
        var admin = current.require(Role.ADMIN);
        var channel = require(channelId);
        var bytes = new byte[24];
        random.nextBytes(bytes);
        var key = "ug_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var prefix = key.substring(0, 10);
        var details = store.insertKey(channel.id(), sha256(key), prefix,
                label == null || label.isBlank() ? null : label.strip(), admin.id(), clock.instant());
        audit.record("channels", "issue-key", channel.code() + " " + prefix, null, details);
        return new IssuedKey(details, key);
    }

    @Transactional
    public ChannelKey revokeKey(long keyId) {
        var admin = current.require(Role.ADMIN);
        var key = store.key(keyId).orElseThrow(() -> UrbanGridException.notFound("error.channel.key-not-found", keyId));
        if (key.revoked()) {
            return key;
        }
        store.revokeKey(keyId, admin.id(), clock.instant());
        var after = store.key(keyId).orElseThrow();
        audit.record("channels", "revoke-key", key.prefix(), key, after);
        return after;
    }

    /** The active channel of an unrevoked key; empty for anything else (a caller answers 403 without saying why). */
    public Optional<Channel> authenticate(String key) {
        if (key == null || key.isBlank() || key.length() > 100) {
            return Optional.empty();
        }
        var found = store.keyByHash(sha256(key.strip()));
        if (found.isEmpty() || found.get().revoked()) {
            return Optional.empty();
        }
        var k = found.get();
        var now = clock.instant();
        var written = lastUsedWritten.get(k.id());
        if (written == null || written.plus(LAST_USED_EVERY).isBefore(now)) {
            lastUsedWritten.put(k.id(), now);
            store.touchKey(k.id(), now);
        }
        return store.channel(k.channelId()).filter(Channel::active);
    }

    /** The channel's account as the acting person. */
    public StaffPrincipal principal(Channel channel) {
        return StaffPrincipal.of(organization.requireStaff(channel.accountId()));
    }

    /**
     * Runs the work as the channel's account (the security context of this thread only, restored afterwards): what
     * the cases module sees as the acting person, so the history names the channel.
     */
    public <T> T actAs(Channel channel, Supplier<T> work) {
        var principal = principal(channel);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority(Role.CHANNEL.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The webhook's shared secret, for the sender only. */
    public Optional<String> webhookSecret(long channelId) {
        return store.webhookSecret(channelId);
    }

    private static void check(NewChannel channel) {
        if (!channel.kind().allows(channel.source())) {
            throw UrbanGridException.invalid("error.channel.source-not-for-kind", channel.source(), channel.kind())
                    .with("field", "source");
        }
        if (channel.webhookUrl() != null && !channel.webhookUrl().isBlank() && channel.kind() == ChannelKind.WEB) {
            throw UrbanGridException.invalid("error.channel.web-has-no-webhook").with("field", "webhookUrl");
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
