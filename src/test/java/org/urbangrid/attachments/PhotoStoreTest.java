package org.urbangrid.attachments;

class PhotoStoreTest extends PhotoStoreContract {}
