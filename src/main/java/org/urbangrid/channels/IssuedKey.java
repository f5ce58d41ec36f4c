package org.urbangrid.channels;

/** A key just issued: {@code key} is shown this once and stored only as its SHA-256. */
public record IssuedKey(ChannelKey details, String key) {}
