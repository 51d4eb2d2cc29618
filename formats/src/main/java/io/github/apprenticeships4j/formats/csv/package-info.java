/**
 * Readers of CSV files: {@link io.github.apprenticeships4j.formats.csv.StandardsCsv} for the IfATE standards export,
 * {@link io.github.apprenticeships4j.formats.csv.AparCsv} for the provider register (APAR),
 * {@link io.github.apprenticeships4j.formats.csv.AchievementRatesCsv} for the national achievement rates tables,
 * {@link io.github.apprenticeships4j.formats.csv.EpaoRegisterCsv} for the 2018 register of end-point assessment
 * organisations, and the {@link io.github.apprenticeships4j.formats.csv.CsvCodes} of their findings.
 */
@NullMarked
package io.github.apprenticeships4j.formats.csv;

import org.jspecify.annotations.NullMarked;
