/** Article-extraction benchmarks (Zyte, trafilatura): the cleaner's main text of each page, scored. */
package org.vigil.eval.extraction;
