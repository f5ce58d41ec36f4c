package org.urbangrid.cases;

/** No personal data on any public door, on H2. */
class PublicPrivacyTest extends PublicPrivacyContract {}
