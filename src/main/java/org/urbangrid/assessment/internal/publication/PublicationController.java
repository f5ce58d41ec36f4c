package org.urbangrid.assessment.internal.publication;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.platform.UrbanGridException;

import com.fasterxml.jackson.annotation.JsonRawValue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 考核结果发布 API. Publishing is for leaders and administrators; every staff member may read what was published.
 * A published period is always read from its snapshot, never recomputed.
 */
@RestController
@RequestMapping("/api/assessment/publications")
@Tag(name = "Assessment publication", description = "考核结果发布: frozen, hashed, append-only rankings of a period")
class PublicationController {

    private final Publications publications;
    private final CurrentStaff current;

    PublicationController(Publications publications, CurrentStaff current) {
        this.publications = publications;
        this.current = current;
    }

    /** @param reason required for a correction (the period already published), optional otherwise */
    record PublishRequest(String period, String reason) {}

    record PublicationView(String period, String periodKind, int version, boolean correction, Instant publishedAt,
            String publishedBy, String reason, String formulaVersions, String contentHash, String snapshotUrl) {

        static PublicationView of(Publication p) {
            return new PublicationView(p.period(), p.periodKind(), p.version(), p.version() > 1, p.publishedAt(),
                    p.publishedByName(), p.reason(), p.formulaVersions(), p.contentHash(),
                    "/api/assessment/publications/" + p.period() + "/snapshot.json?version=" + p.version());
        }
    }

    /**
     * @param snapshot the canonical snapshot, verbatim: its UTF-8 bytes (also served alone at {@code snapshotUrl})
     *     hash to {@code contentHash}
     */
    record PublishedView(PublicationView publication, List<Integer> versions, boolean current, String verify,
            @JsonRawValue String snapshot) {}

    @PostMapping
    @PreAuthorize("hasAnyRole('LEADER','ADMIN')")
    @Operation(summary = "Publish a week, month, quarter or year that has ended (a correction needs a reason; 409 otherwise)")
    ResponseEntity<PublicationView> publish(@RequestBody(required = false) PublishRequest request) {
        var body = request == null ? new PublishRequest(null, null) : request;
        var publication = publications.publish(body.period(), body.reason(), current.get());
        var view = PublicationView.of(publication);
        return ResponseEntity.created(URI.create("/api/assessment/publications/" + publication.period() + "?version="
                + publication.version())).body(view);
    }

    @GetMapping
    @Operation(summary = "Published periods, newest first, each at its current (newest) version")
    List<PublicationView> list(@RequestParam(defaultValue = "100") int size) {
        return publications.list(size).stream().map(PublicationView::of).toList();
    }

    @GetMapping("/{period}")
    @Operation(summary = "A published period's snapshot and hash (the current version unless ?version=n)")
    PublishedView read(@PathVariable String period, @RequestParam(required = false) Integer version) {
        var published = found(period, version);
        var p = published.publication();
        int newest = published.versions().get(published.versions().size() - 1);
        return new PublishedView(PublicationView.of(p), published.versions(), p.version() == newest,
                "sha256(UTF-8 bytes of GET " + PublicationView.of(p).snapshotUrl() + ") == contentHash",
                published.canonical());
    }

    @GetMapping(value = "/{period}/snapshot.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The canonical snapshot bytes exactly as hashed: `curl … | sha256sum` equals contentHash")
    ResponseEntity<byte[]> snapshot(@PathVariable String period, @RequestParam(required = false) Integer version) {
        var published = found(period, version);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header("X-Content-SHA256", published.publication().contentHash())
                .body(published.canonical().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private Publications.Published found(String period, Integer version) {
        var parsed = Publications.period(period);
        return publications.read(parsed, version).orElseThrow(
                () -> UrbanGridException.notFound("error.assessment.publication.not-published", parsed.toString())
                        .with("field", "period"));
    }
}
