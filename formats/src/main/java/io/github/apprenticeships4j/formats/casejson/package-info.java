/**
 * CASE 1.1 (1EdTech Competencies and Academic Standards Exchange) packages: {@link
 * io.github.apprenticeships4j.formats.casejson.CaseJson} exports a standard version or a career framework as a
 * {@code CFPackage} and reads one back into the model. The name is {@code casejson} because {@code case} is a Java
 * keyword.
 */
@NullMarked
package io.github.apprenticeships4j.formats.casejson;

import org.jspecify.annotations.NullMarked;
