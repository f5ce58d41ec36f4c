package org.urbangrid.citizens.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.urbangrid.assessment.SatisfactionRatings;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.cases.CaseManagement;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.MoveCommand;
import org.urbangrid.cases.NewReport;
import org.urbangrid.cases.PublicCase;
import org.urbangrid.cases.PublicCases;
import org.urbangrid.channels.Channels;
import org.urbangrid.citizens.CitizenReports;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.platform.UrbanGridException;

/**
 * 公众服务台: what a citizen does on the public pages, each as the web channel ({@link Channels#web()}) where it
 * touches a case: report (photos stored as the channel's uploads, the case reported through the channel with the
 * form's idempotency key), follow a case (a tracking code of one's own), rate a closed case once, say "still not fixed"
 * once within the window, follow a street or community by phone. Proof of work is checked by the controller before.
 */
@Service
public class CitizenDesk implements CitizenReports {

    /** The most photos a citizen's report carries. */
    public static final int MAX_PHOTOS = 6;
    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_COMMENT = 500;
    /** A form's idempotency key as the report page makes it (128 random bits, base64url), or any client's like it. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final Pattern PHONE = Pattern.compile(NewReport.PHONE);

    /** What the report form sends. */
    public record ReportForm(String problem, Double latitude, Double longitude, String description, String phone,
            boolean anonymous, String idempotencyKey, List<byte[]> photos, String deviceId) {}

    private final Channels channels;
    private final CaseManagement cases;
    private final PublicCases publicCases;
    private final PhotoStore photos;
    private final SatisfactionRatings ratings;
    private final CitizenRows rows;
    private final ProblemList problems;
    private final Grids grids;
    private final Clock clock;
    private final TransactionTemplate tx;

    CitizenDesk(Channels channels, CaseManagement cases, PublicCases publicCases, PhotoStore photos,
            SatisfactionRatings ratings, CitizenRows rows, ProblemList problems, Grids grids, Clock clock,
            PlatformTransactionManager transactions) {
        this.channels = channels;
        this.cases = cases;
        this.publicCases = publicCases;
        this.photos = photos;
        this.ratings = ratings;
        this.rows = rows;
        this.problems = problems;
        this.grids = grids;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * Reports a problem; the answer is the citizen's tracking code. The same idempotency key again (a double tap, a
     * resent form) answers the first code and makes no second case. Checks in the order of the form (400 naming the
     * field: {@code problem}, {@code position}, {@code description}, {@code phone}, {@code photos}; 413/415 for a photo
     * too large or not JPEG/PNG/WebP).
     */
    public CitizenReport report(ReportForm form) {
        var key = key(form.idempotencyKey());
        var problem = problems.find(blankToNull(form.problem()))
                .orElseThrow(() -> UrbanGridException.invalid("citizens.error.problem").with("field", "problem"));
        var lat = form.latitude();
        var lng = form.longitude();
        if (lat == null || lng == null || !Double.isFinite(lat) || !Double.isFinite(lng) || Math.abs(lat) > 90
                || Math.abs(lng) > 180) {
            throw UrbanGridException.invalid("citizens.error.position").with("field", "position");
        }
        var description = blankToNull(form.description());
        if (description == null) {
            throw UrbanGridException.invalid("citizens.error.description").with("field", "description");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw UrbanGridException.invalid("citizens.error.description-long", MAX_DESCRIPTION).with("field", "description");
        }
        var phone = phone(form.phone());
        var uploads = form.photos() == null ? List.<byte[]>of() : form.photos();
        if (uploads.size() > MAX_PHOTOS) {
            throw UrbanGridException.invalid("citizens.error.photos-count", MAX_PHOTOS).with("field", "photos");
        }
        var earlier = rows.byIdempotencyKey(key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        var web = channels.web();
        var stored = new ArrayList<String>();
        try {
            for (var bytes : uploads) {
                stored.add(photos.store(bytes, web.accountId()).id());
            }
            // Not anonymous: the phone is the reporter's contact, which the staff who call back may see (never public).
            var report = new NewReport(CaseSource.PUBLIC, lat, lng, problem.conditionCode(), description, List.copyOf(stored),
                    null, form.anonymous() ? null : phone);
            var reported = channels.actAs(web, () -> cases.report(report, Optional.of(key), web.trusted()));
            if (reported.replayed()) {
                stored.forEach(id -> photos.discard(id, web.accountId()));
            }
            return remember(key, reported.kase().id(), CitizenReport.Kind.REPORT, form.deviceId(), form.anonymous(), phone);
        } catch (UrbanGridException refused) {
            stored.forEach(id -> photos.discard(id, web.accountId()));
            var field = refused.properties().get("field");
            if (field == null && isPhotoRefusal(refused)) {
                refused.with("field", "photos");
            } else if ("latitude".equals(field) || "longitude".equals(field) || (field == null
                    && (refused.messageKey().startsWith("error.grid") || refused.messageKey().startsWith("error.case.outside")))) {
                refused.with("field", "position");
            }
            throw refused;
        }
    }

    /**
     * Follows a case instead of reporting it again (or besides someone else's code): a tracking code of one's own;
     * with a phone, its news by SMS. The same idempotency key again answers the first code.
     */
    public CitizenReport follow(String caseNumber, String phone, String idempotencyKey, String deviceId) {
        var key = key(idempotencyKey);
        var kase = publicCases.byNumber(caseNumber)
                .orElseThrow(() -> UrbanGridException.notFound("citizens.error.case-not-found").with("field", "case"));
        var number = phone(phone);
        var earlier = rows.byIdempotencyKey(key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        return remember(key, kase.id(), CitizenReport.Kind.FOLLOW, deviceId, true, number);
    }

    private CitizenReport remember(String key, long caseId, CitizenReport.Kind kind, String deviceId, boolean anonymous,
            String phone) {
        var lang = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "zh-CN";
        for (int attempt = 0; ; attempt++) {
            var code = TrackingCodes.next();
            try {
                tx.executeWithoutResult(s -> rows.insertReport(code, caseId, kind, key, deviceId, anonymous, phone, lang,
                        clock.instant()));
                return rows.byCode(code).orElseThrow();
            } catch (DuplicateKeyException taken) {
                var first = rows.byIdempotencyKey(key);
                if (first.isPresent()) {
                    return first.get(); // a concurrent resend of the same form stored its code first
                }
                if (attempt >= 3) {
                    throw taken; // four random codes all taken: not a matter of chance
                }
            }
        }
    }

    /** The code's row, or 404. */
    public CitizenReport require(String typedCode) {
        return TrackingCodes.parse(typedCode).flatMap(rows::byCode)
                .orElseThrow(() -> UrbanGridException.notFound("citizens.error.code-unknown").with("field", "code"));
    }

    /** The case a code follows as the public sees it. */
    public PublicCase caseOf(CitizenReport report) {
        return publicCases.byId(report.caseId()).orElseThrow(() -> UrbanGridException.notFound("citizens.error.code-unknown"));
    }

    /** The case whose progress the code shows: its own, or — merged as a duplicate — its main case's. */
    public PublicCase followed(CitizenReport report) {
        var own = caseOf(report);
        if (own.status() == CaseStatus.MERGED && own.mergedInto() != null) {
            return publicCases.byNumber(own.mergedInto()).orElse(own);
        }
        return own;
    }

    /** Whether the code's holder may rate the case now: closed after the code was made, not rated by this code. */
    public boolean mayRate(CitizenReport report, PublicCase kase) {
        return kase.status() == CaseStatus.CLOSED && !report.rated() && madeBeforeClosing(report, kase);
    }

    /** Whether the code's holder may say "still not fixed" now: within the window, once, a code older than the close. */
    public boolean mayReopen(CitizenReport report, PublicCase kase) {
        return kase.reopenableAt(clock.instant()) && report.reopenedAt() == null && madeBeforeClosing(report, kase);
    }

    private static boolean madeBeforeClosing(CitizenReport report, PublicCase kase) {
        return kase.closedAt() != null && !report.createdAt().isAfter(kase.closedAt());
    }

    /**
     * 满意度评价: 1–5 stars and an optional comment, once per code, after closing. The case's first rating is the
     * assessment's citizen-satisfaction input ({@link SatisfactionRatings}); the comment stays here.
     */
    public CitizenReport rate(String code, Integer stars, String comment) {
        var report = require(code);
        var kase = followed(report);
        if (stars == null || stars < 1 || stars > 5) {
            throw UrbanGridException.invalid("citizens.error.stars").with("field", "stars");
        }
        var words = blankToNull(comment);
        if (words != null && words.length() > MAX_COMMENT) {
            throw UrbanGridException.invalid("citizens.error.comment-long", MAX_COMMENT).with("field", "comment");
        }
        if (report.rated()) {
            throw UrbanGridException.conflict("citizens.error.rated-twice");
        }
        if (!mayRate(report, kase)) {
            throw UrbanGridException.conflict("citizens.error.rate-not-now");
        }
        tx.executeWithoutResult(s -> {
            if (!rows.rate(report.id(), stars, words, clock.instant())) {
                throw UrbanGridException.conflict("citizens.error.rated-twice");
            }
            if (!ratings.rated(kase.id())) {
                ratings.rate(kase.id(), stars);
            }
        });
        return rows.byId(report.id());
    }

    /**
     * 仍未解决: within the window after closing, once per code, the case goes back to 已处置 for a check
     * ({@link CaseMove#REOPEN} as the web channel, the citizen's words as the reason).
     */
    public CitizenReport reopen(String code, String reason) {
        var report = require(code);
        var kase = followed(report);
        var words = blankToNull(reason);
        if (words == null) {
            throw UrbanGridException.invalid("citizens.error.reason").with("field", "reason");
        }
        if (words.length() > MAX_COMMENT) {
            throw UrbanGridException.invalid("citizens.error.comment-long", MAX_COMMENT).with("field", "reason");
        }
        if (report.reopenedAt() != null) {
            throw UrbanGridException.conflict("citizens.error.reopened-twice");
        }
        if (!mayReopen(report, kase)) {
            throw UrbanGridException.conflict("citizens.error.reopen-not-now");
        }
        var web = channels.web();
        tx.executeWithoutResult(s -> {
            if (!rows.reopened(report.id(), clock.instant())) {
                throw UrbanGridException.conflict("citizens.error.reopened-twice");
            }
            channels.actAs(web, () -> cases.move(kase.id(), CaseMove.REOPEN,
                    new MoveCommand(null, words, null, null, null, null, null, null, null, null)));
        });
        return rows.byId(report.id());
    }

    /** No more SMS for this code: the phone is forgotten. */
    public void stopSms(String code) {
        rows.forgetPhone(require(code).id());
    }

    /** 关注街道/社区 by phone; following again answers the follow there is. */
    public AreaFollow followArea(String areaCode, String phone, String deviceId) {
        var number = phone(phone);
        if (number == null) {
            throw UrbanGridException.invalid("citizens.error.phone-required").with("field", "phone");
        }
        var grid = blankToNull(areaCode) == null ? null : grids.find(areaCode.strip()).orElse(null);
        if (grid == null || (grid.level() != GridLevel.STREET && grid.level() != GridLevel.COMMUNITY)) {
            throw UrbanGridException.invalid("citizens.error.area").with("field", "area");
        }
        var level = grid.level() == GridLevel.STREET ? AreaFollow.Level.STREET : AreaFollow.Level.COMMUNITY;
        var existing = rows.follow(number, level, grid.code());
        if (existing.isPresent()) {
            return existing.get();
        }
        var lang = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "zh-CN";
        try {
            rows.insertFollow(number, level, grid.code(), TrackingCodes.token(), deviceId, lang, clock.instant());
        } catch (DuplicateKeyException concurrent) {
            // the same phone and area just now: that follow stands
        }
        return rows.follow(number, level, grid.code()).orElseThrow();
    }

    public Optional<AreaFollow> areaFollow(String token) {
        return token == null || token.length() > 64 ? Optional.empty() : rows.followByToken(token);
    }

    public boolean unfollow(String token) {
        return token != null && token.length() <= 64 && rows.deleteFollow(token);
    }

    @Override
    public Optional<Reporter> reporter(long caseId) {
        return rows.firstReportOf(caseId).map(r -> r.anonymous() ? Reporter.ANONYMOUS : Reporter.CITIZEN);
    }

    private static String key(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw UrbanGridException.invalid("citizens.error.form-key").with("field", "idempotencyKey");
        }
        return key;
    }

    private static String phone(String phone) {
        var number = blankToNull(phone);
        if (number == null) {
            return null;
        }
        number = number.replace(" ", "");
        if (number.length() > NewReport.MAX_PHONE || !PHONE.matcher(number).matches()) {
            throw UrbanGridException.invalid("citizens.error.phone").with("field", "phone");
        }
        return number;
    }

    private static boolean isPhotoRefusal(UrbanGridException e) {
        return e.messageKey().startsWith("error.photo") || e.status() == HttpStatus.CONTENT_TOO_LARGE
                || e.status() == HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
