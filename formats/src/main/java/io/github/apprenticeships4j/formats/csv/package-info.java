/**
 * Readers of CSV files: {@link io.github.apprenticeships4j.formats.csv.StandardsCsv} for the IfATE standards export,
 * and the {@link io.github.apprenticeships4j.formats.csv.CsvCodes} of their findings.
 */
@NullMarked
package io.github.apprenticeships4j.formats.csv;

import org.jspecify.annotations.NullMarked;
