/**
 * The extract stage: from an annotated article to its incidents. Event triggers and their frame (main or background),
 * figures bound to the right role, perpetrators, targets, victims, weapons, responders and quotes with speakers, each
 * with the span of the text that supports it. Rules are general English patterns; none names an entity of a
 * particular article.
 */
package org.vigil.pipeline.extract;
