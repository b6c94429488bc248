package org.stiel.governance;

/** An agreement's attached PDF, to hand out as a download. */
public record AgreementDocument(String fileName, String contentType, byte[] content) {}
