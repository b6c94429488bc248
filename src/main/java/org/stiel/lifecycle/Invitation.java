package org.stiel.lifecycle;

/** An open round a person is invited to, and the capacity they answer it in. */
public record Invitation(RoundView round, ParticipantRole role) {}
