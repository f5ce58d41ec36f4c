package org.urbangrid.gridteams.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.urbangrid.duty.Answerable;
import org.urbangrid.gridteams.ChainUrge;
import org.urbangrid.gridteams.ChainUrges;
import org.urbangrid.gridteams.GridTeams;
import org.urbangrid.gridteams.ImportReport;
import org.urbangrid.gridteams.Letter;
import org.urbangrid.gridteams.Post;
import org.urbangrid.gridteams.PostInput;
import org.urbangrid.gridteams.Zone;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The grid teams and urging along the chain as JSON. */
@RestController
@Tag(name = "Grid teams", description = "网格责任体系: keepers, 四位一体 teams, 网区, the chain and its letters, urging along it")
class GridTeamsApi {

    /** An urge as asked: the chosen people's keys, the message, the day to answer by. */
    record UrgeRequest(List<String> keys, String message, LocalDate answerBy) {}

    /** A community's 网区 and posts (its grids', its own and its street's). */
    record CommunityTeams(String communityCode, List<Zone> zones, List<Post> posts) {}

    private final GridTeams teams;
    private final ChainUrges urges;

    GridTeamsApi(GridTeams teams, ChainUrges urges) {
        this.teams = teams;
        this.urges = urges;
    }

    @Operation(summary = "Urges made on a case along its chain, newest first (leaders)")
    @GetMapping("/api/cases/{id}/chain-urges")
    @PreAuthorize("hasRole('LEADER')")
    List<ChainUrge> urges(@PathVariable long id) {
        return urges.urges(id);
    }

    @Operation(summary = "Everyone answerable at a case's place, whom a leader may urge (leaders)")
    @GetMapping("/api/cases/{id}/chain")
    @PreAuthorize("hasRole('LEADER')")
    List<Answerable> answerable(@PathVariable long id) {
        return urges.answerable(urges.caseFor(id));
    }

    @Operation(summary = "Urge people answerable at a case's place: recorded and notified (SMS or log notice)")
    @PostMapping("/api/cases/{id}/chain-urges")
    @PreAuthorize("hasRole('LEADER')")
    ResponseEntity<List<ChainUrge>> urge(@PathVariable long id, @RequestBody UrgeRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(urges.urge(id, request.keys(), request.message(), request.answerBy()));
    }

    @Operation(summary = "A community's 网区 and posts (administrators and leaders)")
    @GetMapping("/api/grid-teams/communities/{code}")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    CommunityTeams community(@PathVariable String code) {
        return new CommunityTeams(code, teams.zones(code), teams.posts(code));
    }

    @Operation(summary = "Put a person in a post (administrators; a street leader: their street's teams)")
    @PostMapping("/api/grid-teams/posts")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    ResponseEntity<Post> assign(@RequestBody PostInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(teams.assign(input));
    }

    @Operation(summary = "Letters (责任书) ending within 30 days or ended (administrators and leaders)")
    @GetMapping("/api/grid-teams/letters")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    List<Letter> letters() {
        return teams.letters();
    }

    @Operation(summary = "Import posts from CSV or .xlsx, all or nothing: 200 with the count, 422 with every bad row")
    @PostMapping("/api/grid-teams/import")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<ImportReport> importFile(@RequestParam(required = false) MultipartFile file) throws IOException {
        var report = teams.importFile(file == null ? null : file.getOriginalFilename(),
                file == null ? new byte[0] : file.getBytes());
        return ResponseEntity.status(report.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
    }

}
