package org.urbangrid.attachments;

import org.urbangrid.support.OnPostgres;

@OnPostgres
class PhotoStorePostgresTest extends PhotoStoreContract {}
