package org.stiel.insight;

import java.math.BigDecimal;

/** The most recent figure of an indicator for one municipality of the network. */
public record LatestFigure(String nisCode, Period period, BigDecimal value) {}
