package org.openmint.tnc;

/**
 * One entry of a developer's or company's T&C history (spec §13.3): the id of the entry, {@code ACCEPTED} or
 * {@code DECLINED}, when (UTC, {@code YYYY-MM-DD HH:mm:ss}) and the full T&C.
 */
record DeveloperTnc(String action, String auditDate, String id, Tnc tnc) {
}
