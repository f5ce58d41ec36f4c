package org.urbangrid.gridteams.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbangrid.duty.Duty;
import org.urbangrid.grid.Grid;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.gridteams.GridTeams;
import org.urbangrid.gridteams.ImportReport;
import org.urbangrid.gridteams.Post;
import org.urbangrid.gridteams.PostInput;
import org.urbangrid.gridteams.Zone;
import org.urbangrid.gridteams.ZoneInput;
import org.urbangrid.gridteams.internal.PostFile;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.platform.UrbanGridException;

/**
 * 网格责任体系 on the console: a community's 网区, every unit grid's keeper and 四位一体 team and 社区包楼院, the community's
 * 街道包社区 and the street's 区包街道; forms to put a person in a post, end a post, edit 网区, and import a file of posts;
 * the letters to renew. Administrators and leaders read; who may change what is {@link GridTeams#mayEdit}.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
class TeamPages {

    /** The grid teams' columns on the page, in order. */
    static final List<Duty> GRID_COLUMNS = List.of(Duty.GRID_KEEPER, Duty.TEAM_COMMUNITY_WORKER, Duty.TEAM_ENFORCEMENT,
            Duty.TEAM_POLICE, Duty.TEAM_SANITATION, Duty.CHAIN_COMMUNITY);

    /** A street and its communities, for the chooser. */
    public record StreetChoice(Grid street, List<Grid> communities) {}

    /** A unit grid's row: its zone, and its post per duty (the one holding today, else the next to start). */
    public record GridRow(Grid grid, Zone zone, Map<Duty, List<Post>> posts) {}

    private final GridTeams teams;
    private final Grids grids;
    private final CurrentStaff current;
    private final MessageSource messages;

    TeamPages(GridTeams teams, Grids grids, CurrentStaff current, MessageSource messages) {
        this.teams = teams;
        this.grids = grids;
        this.current = current;
        this.messages = messages;
    }

    @GetMapping("/console/grid-teams")
    String page(@RequestParam(required = false) String community, @RequestParam(required = false) String street,
            Model model) {
        var me = current.get();
        var streets = new ArrayList<StreetChoice>();
        for (var s : grids.ofLevel(GridLevel.STREET)) {
            if (me.coversStreet(s.code())) {
                streets.add(new StreetChoice(s, grids.children(s.code())));
            }
        }
        if (streets.isEmpty() || streets.get(0).communities().isEmpty()) {
            model.addAttribute("streets", streets);
            return "gridteams/teams";
        }
        var chosen = community == null || community.isBlank() ? null : community.strip();
        if (chosen == null && street != null) {
            chosen = streets.stream().filter(s -> s.street().code().equals(street)).findFirst()
                    .map(s -> s.communities().get(0).code()).orElse(null);
        }
        if (chosen == null) {
            chosen = streets.get(0).communities().get(0).code();
        }
        var place = grids.find(chosen).filter(g -> g.level() == GridLevel.COMMUNITY)
                .orElseThrow(() -> UrbanGridException.notFound("gridteams.error.not-community", community));
        var streetGrid = grids.require(place.parentCode());
        var posts = teams.posts(place.code());
        var zones = teams.zones(place.code());
        var rows = new ArrayList<GridRow>();
        var today = teams.today();
        for (var unit : grids.children(place.code())) {
            var byDuty = new EnumMap<Duty, List<Post>>(Duty.class);
            for (var post : posts) {
                if (post.placeCode().equals(unit.code())) {
                    byDuty.computeIfAbsent(post.duty(), d -> new ArrayList<>()).add(post);
                }
            }
            var zone = zones.stream().filter(z -> z.unitGridCodes().contains(unit.code())).findFirst().orElse(null);
            rows.add(new GridRow(unit, zone, byDuty));
        }
        model.addAttribute("streets", streets);
        model.addAttribute("community", place);
        model.addAttribute("street", streetGrid);
        model.addAttribute("zones", zones);
        model.addAttribute("rows", rows);
        model.addAttribute("columns", GRID_COLUMNS);
        var dutyOf = new java.util.HashMap<String, Duty>();
        for (var d : Duty.values()) {
            dutyOf.put(d.name(), d);
        }
        model.addAttribute("dutyOf", dutyOf);
        model.addAttribute("editable", posts.stream().filter(p -> teams.mayEdit(me, p.placeCode(), p.duty()))
                .map(Post::id).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("streetChain", posts.stream().filter(p -> p.placeCode().equals(place.code())).toList());
        model.addAttribute("districtChain", posts.stream().filter(p -> p.placeCode().equals(streetGrid.code())).toList());
        model.addAttribute("today", today);
        model.addAttribute("editsTeams", teams.editsTeams(me));
        model.addAttribute("admin", me.role() == org.urbangrid.organization.Role.ADMIN);
        model.addAttribute("duties", me.role() == org.urbangrid.organization.Role.ADMIN ? GridTeams.POST_DUTIES
                : GridTeams.TEAM_DUTIES);
        model.addAttribute("header", PostFile.HEADER);
        return "gridteams/teams";
    }

    @PostMapping("/console/grid-teams/posts")
    String assign(@RequestParam String community, @RequestParam(required = false) String place,
            @RequestParam(required = false) Duty duty, @RequestParam(required = false) String name,
            @RequestParam(required = false) String phone, @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String username, @RequestParam(required = false) LocalDate since,
            @RequestParam(required = false) LocalDate until, @RequestParam(required = false) LocalDate letterSignedOn,
            @RequestParam(required = false) LocalDate letterEndsOn, RedirectAttributes redirect) {
        try {
            var post = teams.assign(new PostInput(place, duty, name, phone, organisation, username,
                    since == null ? teams.today() : since, until, letterSignedOn, letterEndsOn));
            redirect.addFlashAttribute("flash", text("gridteams.flash.assigned", post.person().name(),
                    label(post.duty()), post.placeCode()));
        } catch (UrbanGridException e) {
            if (e.status().value() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("error", refusal(e));
        }
        return "redirect:/console/grid-teams?community=" + safe(community);
    }

    @PostMapping("/console/grid-teams/posts/{id}/end")
    String end(@PathVariable long id, @RequestParam String community, RedirectAttributes redirect) {
        var post = teams.end(id, null);
        redirect.addFlashAttribute("flash", text("gridteams.flash.ended", post.person().name(), label(post.duty())));
        return "redirect:/console/grid-teams?community=" + safe(community);
    }

    @PostMapping("/console/grid-teams/zones")
    String saveZone(@RequestParam String community, @RequestParam(required = false) Long id,
            @RequestParam(required = false) String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String grids, @RequestParam(required = false) String supervisorName,
            @RequestParam(required = false) String supervisorPhone, @RequestParam(required = false) String leaderName,
            @RequestParam(required = false) String leaderPhone,
            @RequestParam(required = false) String leaderOrganisation,
            @RequestParam(required = false) LocalDate letterSignedOn,
            @RequestParam(required = false) LocalDate letterEndsOn, RedirectAttributes redirect) {
        try {
            var codes = grids == null ? List.<String>of() : List.of(grids.split("[\\s,，;；]+"));
            var zone = teams.saveZone(id, new ZoneInput(code, name, community, codes, supervisorName, supervisorPhone,
                    leaderName, leaderPhone, leaderOrganisation, letterSignedOn, letterEndsOn));
            redirect.addFlashAttribute("flash", text("gridteams.flash.zone-saved", zone.name()));
        } catch (UrbanGridException e) {
            if (e.status().value() == 403 || e.status().value() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("error", refusal(e));
        }
        return "redirect:/console/grid-teams?community=" + safe(community);
    }

    @PostMapping("/console/grid-teams/zones/{id}/delete")
    String deleteZone(@PathVariable long id, @RequestParam String community, RedirectAttributes redirect) {
        teams.deleteZone(id);
        redirect.addFlashAttribute("flash", text("gridteams.flash.zone-deleted"));
        return "redirect:/console/grid-teams?community=" + safe(community);
    }

    @PostMapping("/console/grid-teams/import")
    String importFile(@RequestParam String community, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        ImportReport report = teams.importFile(file == null ? null : file.getOriginalFilename(),
                file == null ? new byte[0] : file.getBytes());
        redirect.addFlashAttribute("report", report);
        if (report.accepted()) {
            redirect.addFlashAttribute("flash", text("gridteams.flash.imported", report.stored()));
        } else {
            redirect.addFlashAttribute("error", text("gridteams.flash.import-refused", report.problems().size()));
        }
        return "redirect:/console/grid-teams?community=" + safe(community) + "#import";
    }

    @PostMapping("/console/grid-teams/posts/{id}/scan")
    String postScan(@PathVariable long id, @RequestParam String community,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        var bytes = file == null ? null : file.getBytes();
        return scanned(() -> teams.attachPostScan(id, bytes), community, redirect);
    }

    @PostMapping("/console/grid-teams/zones/{id}/scan")
    String zoneScan(@PathVariable long id, @RequestParam String community,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        var bytes = file == null ? null : file.getBytes();
        return scanned(() -> teams.attachZoneScan(id, bytes), community, redirect);
    }

    @GetMapping("/console/grid-teams/posts/{id}/scan")
    org.springframework.http.ResponseEntity<org.springframework.core.io.InputStreamResource> readPostScan(
            @PathVariable long id) {
        return image(teams.postScan(id));
    }

    @GetMapping("/console/grid-teams/zones/{id}/scan")
    org.springframework.http.ResponseEntity<org.springframework.core.io.InputStreamResource> readZoneScan(
            @PathVariable long id) {
        return image(teams.zoneScan(id));
    }

    private static org.springframework.http.ResponseEntity<org.springframework.core.io.InputStreamResource> image(
            GridTeams.Scan scan) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(scan.photo().contentType()))
                .contentLength(scan.photo().size())
                .cacheControl(org.springframework.http.CacheControl.noStore().cachePrivate())
                .body(new org.springframework.core.io.InputStreamResource(scan.content()));
    }

    private String scanned(Runnable attach, String community, RedirectAttributes redirect) {
        try {
            attach.run();
            redirect.addFlashAttribute("flash", text("gridteams.flash.scanned"));
        } catch (UrbanGridException e) {
            if (e.status().value() == 403 || e.status().value() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("error", refusal(e));
        }
        return "redirect:/console/grid-teams?community=" + safe(community);
    }

    @GetMapping("/console/grid-teams/letters")
    String letters(Model model) {
        model.addAttribute("letters", teams.letters());
        model.addAttribute("today", teams.today());
        model.addAttribute("days", GridTeams.LETTER_NOTICE_DAYS);
        return "gridteams/letters";
    }

    private String label(Duty duty) {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? duty.en() : duty.zh();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private String refusal(UrbanGridException e) {
        return e.message(messages, LocaleContextHolder.getLocale());
    }

    /** Only a code goes back into the redirect. */
    private static String safe(String community) {
        return community != null && community.matches("\\d{12}") ? community : "";
    }
}
