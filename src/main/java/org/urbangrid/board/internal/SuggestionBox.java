package org.urbangrid.board.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.board.PublicSuggestion;
import org.urbangrid.board.Suggestion;
import org.urbangrid.board.SuggestionStatus;
import org.urbangrid.board.SuggestionTopic;
import org.urbangrid.board.Suggestions;
import org.urbangrid.cases.NewReport;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Role;
import org.urbangrid.platform.SqlTimes;
import org.urbangrid.platform.UrbanGridException;

/** 意见箱 in the table {@code suggestion} (V36). */
@Service
@Transactional
class SuggestionBox implements Suggestions {

    /** Tracking codes: 10 characters without 0/O, 1/I/L (about 49 bits). */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final Pattern CODE = Pattern.compile("[2-9A-Z]{10}");
    private static final Pattern PHONE = Pattern.compile(NewReport.PHONE);
    private static final int MAX_PAGE = 100;

    private final JdbcClient jdbc;
    private final CurrentStaff current;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SuggestionBox(JdbcClient jdbc, CurrentStaff current, Clock clock) {
        this.jdbc = jdbc;
        this.current = current;
        this.clock = clock;
    }

    @Override
    public String leave(String topic, String text, String phone, String deviceId) {
        var chosen = topic(topic);
        var body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw UrbanGridException.invalid("error.suggestion.text-required").with("field", "text");
        }
        if (body.length() > MAX_TEXT) {
            throw UrbanGridException.invalid("error.suggestion.text-too-long", MAX_TEXT).with("field", "text");
        }
        var tel = phone == null || phone.isBlank() ? null : phone.strip();
        if (tel != null && (tel.length() > NewReport.MAX_PHONE || !PHONE.matcher(tel).matches())) {
            throw UrbanGridException.invalid("error.suggestion.phone").with("field", "phone");
        }
        var code = newCode();
        jdbc.sql("""
                insert into suggestion (code, topic, body, phone, device_id, status, created_at)
                values (:code, :topic, :body, :phone, :device, 'NEW', :now)""")
                .param("code", code).param("topic", chosen.name()).param("body", body).param("phone", tel)
                .param("device", deviceId == null ? null : deviceId.substring(0, Math.min(64, deviceId.length())))
                .param("now", SqlTimes.toDb(clock.instant())).update();
        return code;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublicSuggestion> byCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("select * from suggestion where code = ?").param(code).query(SuggestionBox::row).optional()
                .map(Suggestion::toPublic);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<PublicSuggestion> answeredPage(Long beforeId, int limit) {
        int n = bounded(limit);
        var rows = jdbc.sql("select * from suggestion where status = 'ANSWERED' and id < :before order by id desc"
                        + " fetch first " + (n + 1) + " rows only")
                .param("before", beforeId == null ? Long.MAX_VALUE : beforeId).query(SuggestionBox::row).list();
        return page(rows, n, rows.stream().map(Suggestion::toPublic).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Suggestion> forStaff(SuggestionStatus status, Long after, int limit) {
        staff();
        int n = bounded(limit);
        var chosen = status == null ? SuggestionStatus.NEW : status;
        boolean oldestFirst = chosen == SuggestionStatus.NEW;
        var sql = "select * from suggestion where status = :status and id " + (oldestFirst ? "> :after" : "< :after")
                + " order by id " + (oldestFirst ? "asc" : "desc") + " fetch first " + (n + 1) + " rows only";
        var rows = jdbc.sql(sql).param("status", chosen.name())
                .param("after", after == null ? (oldestFirst ? 0L : Long.MAX_VALUE) : after)
                .query(SuggestionBox::row).list();
        return page(rows, n, rows);
    }

    @Override
    @Transactional(readOnly = true)
    public long waiting() {
        return jdbc.sql("select count(*) from suggestion where status = 'NEW'").query(Long.class).single();
    }

    @Override
    public Suggestion answer(long id, String answer) {
        var staff = staff();
        var text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            throw UrbanGridException.invalid("error.suggestion.answer-required").with("field", "answer");
        }
        if (text.length() > MAX_ANSWER) {
            throw UrbanGridException.invalid("error.suggestion.answer-too-long", MAX_ANSWER).with("field", "answer");
        }
        require(id);
        jdbc.sql("""
                update suggestion set status = 'ANSWERED', answer = :answer, answered_by = :by, answered_at = :now,
                  hidden_reason = null, hidden_by = null, hidden_at = null where id = :id""")
                .param("answer", text).param("by", staff).param("now", SqlTimes.toDb(clock.instant())).param("id", id)
                .update();
        return require(id);
    }

    @Override
    public Suggestion hide(long id, String reason) {
        var staff = staff();
        var text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw UrbanGridException.invalid("error.suggestion.reason-required").with("field", "reason");
        }
        if (text.length() > MAX_REASON) {
            throw UrbanGridException.invalid("error.suggestion.reason-too-long", MAX_REASON).with("field", "reason");
        }
        require(id);
        jdbc.sql("""
                update suggestion set status = 'HIDDEN', hidden_reason = :reason, hidden_by = :by, hidden_at = :now
                where id = :id""")
                .param("reason", text).param("by", staff).param("now", SqlTimes.toDb(clock.instant())).param("id", id)
                .update();
        return require(id);
    }

    private Suggestion require(long id) {
        return jdbc.sql("select * from suggestion where id = ?").param(id).query(SuggestionBox::row).optional()
                .orElseThrow(() -> UrbanGridException.notFound("error.suggestion.not-found", id));
    }

    private long staff() {
        return current.require(Role.OPERATOR, Role.SHIFT_LEADER).id();
    }

    private static SuggestionTopic topic(String text) {
        if (text != null) {
            for (var t : SuggestionTopic.values()) {
                if (t.name().equalsIgnoreCase(text.strip())) {
                    return t;
                }
            }
        }
        throw UrbanGridException.invalid("error.suggestion.topic").with("field", "topic");
    }

    private String newCode() {
        var code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(MAX_PAGE, limit));
    }

    private static <T> Page<T> page(List<Suggestion> rows, int n, List<T> items) {
        var next = rows.size() > n ? rows.get(n - 1).id() : null;
        return new Page<>(items.subList(0, Math.min(n, items.size())), next);
    }

    private static Suggestion row(ResultSet rs, int n) throws SQLException {
        return new Suggestion(rs.getLong("id"), rs.getString("code"), SuggestionTopic.valueOf(rs.getString("topic")),
                rs.getString("body"), rs.getString("phone"), SuggestionStatus.valueOf(rs.getString("status")),
                rs.getString("answer"), SqlTimes.fromDb(rs, "answered_at"), rs.getString("hidden_reason"),
                SqlTimes.fromDb(rs, "hidden_at"), SqlTimes.fromDb(rs, "created_at"));
    }
}
