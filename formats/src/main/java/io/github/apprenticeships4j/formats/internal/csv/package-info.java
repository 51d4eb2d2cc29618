/**
 * The CSV machinery the CSV readers share: a streaming RFC 4180 tokenizer and header location. Not exported.
 */
@NullMarked
package io.github.apprenticeships4j.formats.internal.csv;

import org.jspecify.annotations.NullMarked;
