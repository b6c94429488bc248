package org.stiel.insight;

import java.util.UUID;

/** A context figure's identity. */
public record FigureId(UUID value) {}
