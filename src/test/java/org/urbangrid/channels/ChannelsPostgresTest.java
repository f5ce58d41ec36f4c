package org.urbangrid.channels;

import org.urbangrid.support.OnPostgres;

/** Channels on PostgreSQL. */
@OnPostgres
class ChannelsPostgresTest extends ChannelsContract {}
