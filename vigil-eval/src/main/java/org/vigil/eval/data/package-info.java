/** Reading evaluation data and prediction files at any path, plain or gzip, with their SHA-256. */
package org.vigil.eval.data;
