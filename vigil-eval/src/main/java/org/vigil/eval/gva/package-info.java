/**
 * Gun Violence Archive articles and the international cases: each article's main incident in the GVA fields. Only
 * the article's own fields reach the pipeline; gold fields stay with the scorer.
 */
package org.vigil.eval.gva;
