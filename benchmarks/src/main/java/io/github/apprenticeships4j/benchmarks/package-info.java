/** JMH benchmarks of the library against baselines measured in the same run. */
@NullMarked
package io.github.apprenticeships4j.benchmarks;

import org.jspecify.annotations.NullMarked;
