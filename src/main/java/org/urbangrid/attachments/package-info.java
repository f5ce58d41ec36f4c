/**
 * Attachments (附件): photos of reports, verifications and fixes — JPEG, PNG or WebP up to 10 MB, type
 * checked from the content — stored behind {@link org.urbangrid.attachments.PhotoStore}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attachments", allowedDependencies = {"platform", "organization"})
package org.urbangrid.attachments;
