package org.stiel.lifecycle.survey;

import org.stiel.lifecycle.RoundView;

/** The network's thermometer in one round. */
public record RoundTemperature(RoundView round, Thermometer thermometer) {}
