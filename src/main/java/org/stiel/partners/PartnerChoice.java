package org.stiel.partners;

/** A partner to choose in a form or filter: its id and name, nothing that costs a join. */
public record PartnerChoice(PartnerId id, String name) {}
