package org.urbangrid.citizens.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.urbangrid.cases.PublicCase;
import org.urbangrid.cases.PublicCases;
import org.urbangrid.citizens.internal.CitizenDesk;
import org.urbangrid.citizens.internal.CitizenReport;
import org.urbangrid.citizens.internal.ProblemList;
import org.urbangrid.citizens.internal.TrackingCodes;
import org.urbangrid.grid.Gazetteer;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.platform.MapBaseLayerProperties;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.publicguard.ProofOfWork;
import org.urbangrid.publicguard.PublicClient;

/**
 * The citizen pages (公众页面) under {@code /public}: report a problem, track it by its code, rate it, say "still not
 * fixed", follow a case or an area. Every write checks its proof of work first ({@code <form data-pow>}); a refusal
 * redraws the page with the message beside its field and the refusal's 4xx status.
 */
@Controller
class CitizenPages {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The moves the timeline names (citizens.move.*); the others show their new state only. */
    static final java.util.Set<String> NAMED_MOVES = java.util.Set.of("REPORT", "HANDLE_ON_SPOT", "DISPATCH",
            "REPORT_HANDLED", "CHECK_FAIL", "CLOSE", "TRANSFER_BACK", "MERGE", "SEPARATE", "REOPEN");

    private final CitizenDesk desk;
    private final ProblemList problems;
    private final PublicCases cases;
    private final Gazetteer gazetteer;
    private final Grids grids;
    private final ProofOfWork proofOfWork;
    private final MapBaseLayerProperties baseLayer;
    private final MessageSource messages;
    private final java.time.Clock clock;
    private final org.urbangrid.citizens.PublicSite site;

    CitizenPages(CitizenDesk desk, ProblemList problems, PublicCases cases, Gazetteer gazetteer, Grids grids,
            ProofOfWork proofOfWork, MapBaseLayerProperties baseLayer, MessageSource messages, java.time.Clock clock,
            org.urbangrid.citizens.PublicSite site) {
        this.site = site;
        this.desk = desk;
        this.problems = problems;
        this.cases = cases;
        this.gazetteer = gazetteer;
        this.grids = grids;
        this.proofOfWork = proofOfWork;
        this.baseLayer = baseLayer;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping({"/public", "/public/"})
    String home(Model model) {
        return "public/home";
    }

    // ---------- report ----------

    @GetMapping("/public/report")
    String reportForm(Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        return reportPage(model, new ReportValues(null, null, null, null, null, null, false), newKey());
    }

    /** What the citizen entered, drawn again after a refusal (photos must be chosen again). */
    record ReportValues(String problem, String latitude, String longitude, String address, String description,
            String phone, boolean anonymous) {}

    private String reportPage(Model model, ReportValues values, String key) {
        model.addAttribute("groups", problems.groups());
        model.addAttribute("values", values);
        model.addAttribute("openGroup", problems.find(values.problem()).map(ProblemList.Problem::groupCode).orElse(null));
        model.addAttribute("formKey", key);
        model.addAttribute("maxPhotos", CitizenDesk.MAX_PHOTOS);
        model.addAttribute("mapBaseLayer", baseLayer);
        model.addAttribute("districtBox", site.districtBox());
        return "public/report";
    }

    @PostMapping(path = "/public/report")
    String report(@RequestParam(required = false) String problem, @RequestParam(required = false) String latitude,
            @RequestParam(required = false) String longitude, @RequestParam(required = false) String address,
            @RequestParam(required = false) String description, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String anonymous, @RequestParam(required = false) String idempotencyKey,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale) {
        var values = new ReportValues(problem, latitude, longitude, address, description, phone, anonymous != null);
        try {
            proofOfWork.verify(request);
            var report = desk.report(new CitizenDesk.ReportForm(problem, number(latitude, "position"),
                    number(longitude, "position"), description, phone, anonymous != null, idempotencyKey, bytes(photos),
                    PublicClient.of(request).deviceId()));
            return "redirect:/public/track/" + report.trackingCode() + "?created";
        } catch (UrbanGridException refused) {
            refused(refused, model, response, locale);
            return reportPage(model, values, idempotencyKey == null || idempotencyKey.isBlank() ? newKey() : idempotencyKey);
        }
    }

    /** "Follow this one instead": the report form's own button, with its phone and key, for a nearby case. */
    @PostMapping(path = "/public/report/follow")
    String followInstead(@RequestParam(name = "case", required = false) String caseNumber,
            @RequestParam(required = false) String phone, @RequestParam(required = false) String idempotencyKey,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        try {
            proofOfWork.verify(request);
            var report = desk.follow(caseNumber, phone, idempotencyKey, PublicClient.of(request).deviceId());
            return "redirect:/public/track/" + report.trackingCode() + "?created";
        } catch (UrbanGridException refused) {
            refused(refused, model, response, locale);
            return reportPage(model, new ReportValues(null, null, null, null, null, phone, false),
                    idempotencyKey == null || idempotencyKey.isBlank() ? newKey() : idempotencyKey);
        }
    }

    /** 已有人报告过这个问题吗? The open cases of the chosen problem's class near the position (htmx fragment). */
    @GetMapping("/public/report/nearby")
    String nearby(@RequestParam(required = false) String problem, @RequestParam(required = false) String latitude,
            @RequestParam(required = false) String longitude, Model model) {
        var chosen = problems.find(problem);
        Double lat = parse(latitude);
        Double lng = parse(longitude);
        if (chosen.isEmpty() || lat == null || lng == null || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
            model.addAttribute("nearby", List.of());
        } else {
            model.addAttribute("nearby", cases.nearbyOpen(chosen.get().classCode(), lat, lng, clock.instant(), null));
        }
        return "public/fragments :: nearby";
    }

    /** Addresses from the gazetteer (htmx fragment). */
    @GetMapping("/public/places")
    String places(@RequestParam(required = false) String q, Model model) {
        var text = q == null ? "" : q.strip();
        model.addAttribute("places", text.isEmpty() || text.length() > 50 ? List.of() : gazetteer.search(text, 8));
        return "public/fragments :: places";
    }

    // ---------- track ----------

    @GetMapping("/public/track")
    String trackForm(@RequestParam(required = false) String code, Model model, HttpServletResponse response,
            Locale locale) {
        if (code != null && !code.isBlank()) {
            var parsed = TrackingCodes.parse(code);
            if (parsed.isPresent()) {
                return "redirect:/public/track/" + parsed.get();
            }
            response.setStatus(400);
            model.addAttribute("error", messages.getMessage("citizens.error.code-unknown", null, locale));
        }
        return "public/track-form";
    }

    @GetMapping("/public/track/{code}")
    String track(@PathVariable String code, @RequestParam(required = false) String created, Model model,
            HttpServletResponse response) {
        var report = desk.require(code);
        model.addAttribute("created", created != null);
        return trackPage(report, model, response);
    }

    private String trackPage(CitizenReport report, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        var own = desk.caseOf(report);
        var followed = desk.followed(report);
        model.addAttribute("report", report);
        model.addAttribute("namedMoves", NAMED_MOVES);
        model.addAttribute("code", report.trackingCode());
        model.addAttribute("shownCode", TrackingCodes.shown(report.trackingCode()));
        model.addAttribute("own", own);
        model.addAttribute("kase", followed);
        model.addAttribute("merged", own.id() != followed.id());
        model.addAttribute("problem", problems.ofCondition(followed.conditionCode(), followed.classCode()).orElse(null));
        model.addAttribute("mayRate", desk.mayRate(report, followed));
        model.addAttribute("mayReopen", desk.mayReopen(report, followed));
        model.addAttribute("formKey", newKey());
        model.addAttribute("street", followed.streetCode() == null ? null : grids.find(followed.streetCode()).orElse(null));
        model.addAttribute("community", followed.communityCode() == null ? null
                : grids.find(followed.communityCode()).orElse(null));
        return "public/track";
    }

    @PostMapping("/public/track/{code}/rating")
    String rate(@PathVariable String code, @RequestParam(required = false) String stars,
            @RequestParam(required = false) String comment, HttpServletRequest request, HttpServletResponse response,
            Model model, Locale locale) {
        var report = desk.require(code);
        try {
            proofOfWork.verify(request);
            Integer value = stars == null || !stars.matches("[1-5]") ? null : Integer.valueOf(stars);
            desk.rate(code, value, comment);
            return "redirect:/public/track/" + report.trackingCode() + "?rated";
        } catch (UrbanGridException refused) {
            refused(refused, model, response, locale);
            model.addAttribute("comment", comment);
            return trackPage(desk.require(code), model, response);
        }
    }

    @PostMapping("/public/track/{code}/reopen")
    String reopen(@PathVariable String code, @RequestParam(required = false) String reason, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale) {
        var report = desk.require(code);
        try {
            proofOfWork.verify(request);
            desk.reopen(code, reason);
            return "redirect:/public/track/" + report.trackingCode() + "?reopened";
        } catch (UrbanGridException refused) {
            refused(refused, model, response, locale);
            model.addAttribute("reason", reason);
            return trackPage(desk.require(code), model, response);
        }
    }

    /** Follow the case of this code with a code of one's own (a neighbour who was given the link). */
    @PostMapping("/public/track/{code}/follow")
    String follow(@PathVariable String code, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String idempotencyKey, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale) {
        var report = desk.require(code);
        try {
            proofOfWork.verify(request);
            var followed = desk.followed(report);
            var mine = desk.follow(followed.number(), phone, idempotencyKey, PublicClient.of(request).deviceId());
            return "redirect:/public/track/" + mine.trackingCode() + "?created";
        } catch (UrbanGridException refused) {
            refused(refused, model, response, locale);
            return trackPage(report, model, response);
        }
    }

    @PostMapping("/public/track/{code}/sms-off")
    String smsOff(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model,
            Locale locale) {
        var report = desk.require(code);
        try {
            proofOfWork.verify(request);
            desk.stopSms(code);
            return "redirect:/public/track/" + report.trackingCode() + "?sms-off";
        } catch (UrbanGridException refused) {
            refused(refused, model, response, locale);
            return trackPage(report, model, response);
        }
    }

    // ---------- follow a street or community ----------

    @GetMapping("/public/follow")
    String followForm(@RequestParam(required = false) String area, Model model) {
        return followPage(model, area, null);
    }

    private String followPage(Model model, String area, String phone) {
        var streets = grids.ofLevel(GridLevel.STREET);
        var areas = new ArrayList<AreaChoice>();
        for (var street : streets) {
            areas.add(new AreaChoice(street, null));
            for (var community : grids.children(street.code())) {
                if (community.level() == GridLevel.COMMUNITY) {
                    areas.add(new AreaChoice(community, street));
                }
            }
        }
        model.addAttribute("areas", areas);
        model.addAttribute("area", area);
        model.addAttribute("phone", phone);
        return "public/follow";
    }

    /** A street, or a community under its street, to choose from. */
    record AreaChoice(org.urbangrid.grid.Grid grid, org.urbangrid.grid.Grid street) {}

    @PostMapping("/public/follow")
    String followArea(@RequestParam(required = false) String area, @RequestParam(required = false) String phone,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        try {
            proofOfWork.verify(request);
            var follow = desk.followArea(area, phone, PublicClient.of(request).deviceId());
            return "redirect:/public/unfollow/" + follow.unfollowToken() + "?following";
        } catch (UrbanGridException refused) {
            refused(refused, model, response, locale);
            return followPage(model, area, null);
        }
    }

    /** The follow a token stands for, with its unfollow button (the link in every message). */
    @GetMapping("/public/unfollow/{token}")
    String unfollowPage(@PathVariable String token, @RequestParam(required = false) String following, Model model,
            HttpServletResponse response) {
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        var follow = desk.areaFollow(token)
                .orElseThrow(() -> UrbanGridException.notFound("citizens.error.follow-unknown"));
        model.addAttribute("follow", follow);
        model.addAttribute("areaGrid", grids.find(follow.areaCode()).orElse(null));
        model.addAttribute("following", following != null);
        return "public/unfollow";
    }

    @PostMapping("/public/unfollow/{token}")
    String unfollow(@PathVariable String token, HttpServletRequest request, Model model) {
        proofOfWork.verify(request);
        desk.unfollow(token);
        model.addAttribute("done", true);
        return "public/unfollow";
    }

    // ---------- helpers ----------

    private void refused(UrbanGridException refused, Model model, HttpServletResponse response, Locale locale) {
        response.setStatus(refused.status().value());
        model.addAttribute("error", refused.message(messages, locale));
        model.addAttribute("errorField", refused.properties().getOrDefault("field", ""));
    }

    /** A random key per form drawn (128 bits): a double submit of one form makes one case. */
    private static String newKey() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Double parse(String text) {
        if (text == null || text.isBlank() || text.length() > 30) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static Double number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var value = parse(text);
        if (value == null) {
            throw UrbanGridException.invalid("citizens.error.position").with("field", field);
        }
        return value;
    }

    private static List<byte[]> bytes(List<MultipartFile> files) {
        var all = new ArrayList<byte[]>();
        if (files == null) {
            return all;
        }
        for (var file : files) {
            if (file == null || file.isEmpty()) {
                continue; // an empty file input sends an empty part
            }
            try {
                all.add(file.getBytes());
            } catch (IOException unreadable) {
                throw UrbanGridException.invalid("citizens.error.photo-unreadable").with("field", "photos");
            }
        }
        return all;
    }
}
