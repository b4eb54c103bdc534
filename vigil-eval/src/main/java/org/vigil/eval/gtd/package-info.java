/** Global Terrorism Database summaries coded into GTD fields. */
package org.vigil.eval.gtd;
