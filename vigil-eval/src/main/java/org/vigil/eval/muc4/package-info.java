/**
 * MUC-4: the upper-case FBIS wire texts prepared for the pipeline (dateline, unwrapping, truecasing) and Vigil's
 * incidents mapped to MUC-4 templates.
 */
package org.vigil.eval.muc4;
