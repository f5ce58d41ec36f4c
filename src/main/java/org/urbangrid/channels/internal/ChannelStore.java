package org.urbangrid.channels.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.channels.Channel;
import org.urbangrid.channels.ChannelKey;
import org.urbangrid.channels.ChannelKind;
import org.urbangrid.channels.NewChannel;
import org.urbangrid.platform.SqlTimes;

/** The channel and channel_key tables. */
@Repository
public class ChannelStore {

    private static final String CHANNEL = """
            select id, code, name, kind, source, account_id, trusted, webhook_url, webhook_secret is not null as secret_set,
                   active, created_at from channel""";
    private static final String KEY = "select id, channel_id, prefix, label, created_at, revoked_at, last_used_at from channel_key";

    private final JdbcClient jdbc;

    ChannelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Channel> channels() {
        return jdbc.sql(CHANNEL + " order by id").query(ChannelStore::channel).list();
    }

    public Optional<Channel> channel(long id) {
        return jdbc.sql(CHANNEL + " where id = ?").param(id).query(ChannelStore::channel).optional();
    }

    public Optional<Channel> channelByCode(String code) {
        return jdbc.sql(CHANNEL + " where code = ?").param(code).query(ChannelStore::channel).optional();
    }

    public Optional<Channel> channelByAccount(long accountId) {
        return jdbc.sql(CHANNEL + " where account_id = ?").param(accountId).query(ChannelStore::channel).optional();
    }

    public Optional<String> webhookSecret(long id) {
        return jdbc.sql("select webhook_secret from channel where id = ?").param(id).query(String.class).optional();
    }

    public Channel insert(NewChannel c, long accountId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into channel (code, name, kind, source, account_id, trusted, webhook_url, webhook_secret, active, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, true, ?)""")
                .params(c.code(), c.name().strip(), c.kind().name(), c.source().name(), accountId, c.trusted(),
                        blank(c.webhookUrl()), blank(c.webhookSecret()), SqlTimes.toDb(now))
                .update(keys, "id");
        return channel(keys.getKey().longValue()).orElseThrow();
    }

    public void update(long id, NewChannel c, boolean active) {
        jdbc.sql("""
                update channel set name = ?, source = ?, trusted = ?, webhook_url = ?,
                    webhook_secret = coalesce(?, webhook_secret), active = ? where id = ?""")
                .params(c.name().strip(), c.source().name(), c.trusted(), blank(c.webhookUrl()), blank(c.webhookSecret()),
                        active, id)
                .update();
        if (blank(c.webhookUrl()) == null) {
            jdbc.sql("update channel set webhook_secret = null where id = ?").param(id).update();
        }
    }

    public List<ChannelKey> keys(long channelId) {
        return jdbc.sql(KEY + " where channel_id = ? order by id desc").param(channelId).query(ChannelStore::key).list();
    }

    public Optional<ChannelKey> key(long id) {
        return jdbc.sql(KEY + " where id = ?").param(id).query(ChannelStore::key).optional();
    }

    public Optional<ChannelKey> keyByHash(String hash) {
        return jdbc.sql(KEY + " where key_hash = ?").param(hash).query(ChannelStore::key).optional();
    }

    public ChannelKey insertKey(long channelId, String hash, String prefix, String label, long by, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into channel_key (channel_id, key_hash, prefix, label, created_at, created_by) values (?, ?, ?, ?, ?, ?)")
                .params(channelId, hash, prefix, label, SqlTimes.toDb(now), by).update(keys, "id");
        return key(keys.getKey().longValue()).orElseThrow();
    }

    public void revokeKey(long id, long by, Instant now) {
        jdbc.sql("update channel_key set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
                .params(SqlTimes.toDb(now), by, id).update();
    }

    public void touchKey(long id, Instant now) {
        jdbc.sql("update channel_key set last_used_at = ? where id = ?").params(SqlTimes.toDb(now), id).update();
    }

    private static Channel channel(ResultSet rs, int row) throws SQLException {
        return new Channel(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                ChannelKind.valueOf(rs.getString("kind")), CaseSource.valueOf(rs.getString("source")),
                rs.getLong("account_id"), rs.getBoolean("trusted"), rs.getString("webhook_url"),
                rs.getBoolean("secret_set"), rs.getBoolean("active"), SqlTimes.fromDb(rs, "created_at"));
    }

    private static ChannelKey key(ResultSet rs, int row) throws SQLException {
        return new ChannelKey(rs.getLong("id"), rs.getLong("channel_id"), rs.getString("prefix"), rs.getString("label"),
                SqlTimes.fromDb(rs, "created_at"), SqlTimes.fromDb(rs, "revoked_at"), SqlTimes.fromDb(rs, "last_used_at"));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
