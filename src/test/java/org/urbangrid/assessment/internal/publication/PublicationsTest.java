package org.urbangrid.assessment.internal.publication;

class PublicationsTest extends PublicationsContract {}
