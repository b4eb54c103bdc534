package org.vigil.pipeline.extract;

import org.vigil.model.IncidentType;

/**
 * One word that reports a violent event ("gunfire", "took hostages", "attack").
 *
 * @param sentence sentence index
 * @param token token index in the sentence
 * @param type the specific type, or null for a generic trigger ("attack", "violence")
 * @param frame main, historical, warning or hypothetical
 */
record Mention(int sentence, int token, IncidentType type, Frame frame) {}
