/** The seed article checked point by point against what an analyst codes from it. */
package org.vigil.eval.seed;
