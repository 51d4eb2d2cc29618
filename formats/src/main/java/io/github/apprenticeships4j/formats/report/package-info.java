/**
 * Reports of a read for people and programs: {@link io.github.apprenticeships4j.formats.report.FeedReports} writes
 * the rows of a bulk-upload feed (or of any {@link io.github.apprenticeships4j.formats.RecordReader}) as JSON, text or
 * CSV, one row at a time as it is read, in constant memory, ending with the findings about the file and the summary.
 */
@NullMarked
package io.github.apprenticeships4j.formats.report;

import org.jspecify.annotations.NullMarked;
