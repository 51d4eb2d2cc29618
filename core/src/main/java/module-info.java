/**
 * The domain model of Apprenticeships4J: standards and their KSBs, funding rules, the funding calculator and the levy
 * account, training providers and their quality measures, identifiers of learners and providers, the provider
 * bulk-upload feed rules, constraints for users' own classes, validators and findings. No JSON or CSV library.
 *
 * <p><b>Immutability.</b> Every public value of the library is immutable and thread-safe; only builders, a feed
 * validator's session and the readers of {@code formats} change as they are used, and each is made new for one use.
 * What a value is given, by a builder, a factory or a constructor, is copied; what it hands out (a collection, a map,
 * an array) refuses changes or is a copy, so nothing a caller does with it can change the value.
 */
module io.github.apprenticeships4j.core {
  exports io.github.apprenticeships4j.core.career;
  exports io.github.apprenticeships4j.core.constraints;
  exports io.github.apprenticeships4j.core.crosswalk;
  exports io.github.apprenticeships4j.core.feed;
  exports io.github.apprenticeships4j.core.funding;
  exports io.github.apprenticeships4j.core.learner;
  exports io.github.apprenticeships4j.core.progress;
  exports io.github.apprenticeships4j.core.provider;
  exports io.github.apprenticeships4j.core.standard;
  exports io.github.apprenticeships4j.core.validation;

  requires transitive jakarta.validation;
  requires static transitive org.jspecify;
  // Immutables' annotations are read by javac when this module is compiled, and by nobody else: consumers do not
  // need them, so they are not required transitively.
  requires static org.immutables.value.annotations;
  requires java.logging;
  requires org.hibernate.validator;

  // the ConstraintValidators of core.constraints, which Hibernate Validator instantiates
  opens io.github.apprenticeships4j.core.constraints.internal to org.hibernate.validator;
  opens io.github.apprenticeships4j.core.funding to org.hibernate.validator;
  opens io.github.apprenticeships4j.core.standard to org.hibernate.validator;
}
