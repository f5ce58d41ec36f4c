package org.urbangrid.cases;

/**
 * 热线诉求的繁简: a hotline (12345/12319) matter is simple (简单诉求, answered within about 5 working days) or
 * complex (复杂诉求, up to 15), DOMAIN §5. Chosen at intake; other sources have none.
 */
public enum Complexity {
    SIMPLE,
    COMPLEX
}
