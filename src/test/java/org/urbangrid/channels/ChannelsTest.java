package org.urbangrid.channels;

/** Channels on H2. */
class ChannelsTest extends ChannelsContract {}
