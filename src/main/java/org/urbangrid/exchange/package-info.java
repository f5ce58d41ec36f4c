/**
 * Hotline exchange (热线对接): the API 12345 and 12319 hotline systems use, each as a channel of kind
 * {@code HOTLINE} with its own API key, under {@code /exchange/v1/**}: work orders in as cases (idempotent on
 * channel and ticket), the public view of their cases, "still not fixed" reopening, a pull feed of public-facing
 * updates since a cursor, and a signed webhook for every public-facing change of their cases (through the
 * notification outbox). See {@code docs/hotline-exchange.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hotline exchange", allowedDependencies = {"platform",
        "organization", "grid", "cases", "channels", "notifications", "attachments"})
package org.urbangrid.exchange;
