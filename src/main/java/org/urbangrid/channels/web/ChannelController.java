package org.urbangrid.channels.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.channels.Channel;
import org.urbangrid.channels.ChannelKey;
import org.urbangrid.channels.Channels;
import org.urbangrid.channels.IssuedKey;
import org.urbangrid.channels.NewChannel;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Channels and their API keys, for administrators. */
@RestController
@RequestMapping("/api/channels")
@Tag(name = "Channels", description = "接入渠道: citizen pages, hotline systems and Open311 clients, with their API keys (administrators)")
class ChannelController {

    private final Channels channels;
    private final CurrentStaff current;

    ChannelController(Channels channels, CurrentStaff current) {
        this.channels = channels;
        this.current = current;
    }

    /** A channel's settings, and whether it is active. */
    record ChannelChange(@Valid NewChannel channel, boolean active) {}

    /** A key's label (who or what it is for). */
    record KeyRequest(@Size(max = 100) String label) {}

    @GetMapping
    @Operation(summary = "All channels")
    List<Channel> list() {
        current.require(Role.ADMIN);
        return channels.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a channel (and its CHANNEL account)")
    Channel create(@Valid @RequestBody NewChannel channel) {
        return channels.create(channel);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a channel's name, trust, webhook or state (the code and kind stay)")
    Channel update(@PathVariable long id, @Valid @RequestBody ChannelChange change) {
        return channels.update(id, change.channel(), change.active());
    }

    @GetMapping("/{id}/keys")
    @Operation(summary = "A channel's API keys (their first characters, never the keys)")
    List<ChannelKey> keys(@PathVariable long id) {
        return channels.keys(id);
    }

    @PostMapping("/{id}/keys")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue an API key; the key is in this answer only")
    IssuedKey issue(@PathVariable long id, @Valid @RequestBody(required = false) KeyRequest request) {
        return channels.issueKey(id, request == null ? null : request.label());
    }

    @PostMapping("/keys/{keyId}/revoke")
    @Operation(summary = "Revoke an API key at once")
    ChannelKey revoke(@PathVariable long keyId) {
        return channels.revokeKey(keyId);
    }
}
