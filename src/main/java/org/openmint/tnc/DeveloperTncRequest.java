package org.openmint.tnc;

/**
 * The body of an accept or decline (spec §13.3): {@code action} {@code ACCEPTED} or {@code DECLINED}. The
 * client's {@code auditDate} is checked but not kept: the entry records the server's time, as Apigee does.
 */
record DeveloperTncRequest(String action, String auditDate) {
}
