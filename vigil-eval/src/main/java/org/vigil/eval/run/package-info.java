/**
 * Running the pipeline over a benchmark's records on a few threads, and what every run prints and writes: data
 * fingerprints, counts that add up, predictions and full extractions, scores and run time.
 */
package org.vigil.eval.run;
