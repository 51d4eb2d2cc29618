/**
 * The domain model of Apprenticeships4J: standards and their KSBs, funding rules, the funding calculator and the levy
 * account, training providers and their quality measures, identifiers of learners and providers, the provider
 * bulk-upload feed rules, constraints for users' own classes, validators and findings. No JSON or CSV library.
 */
module io.github.apprenticeships4j.core {
  exports io.github.apprenticeships4j.core.career;
  exports io.github.apprenticeships4j.core.constraints;
  exports io.github.apprenticeships4j.core.feed;
  exports io.github.apprenticeships4j.core.funding;
  exports io.github.apprenticeships4j.core.learner;
  exports io.github.apprenticeships4j.core.provider;
  exports io.github.apprenticeships4j.core.standard;
  exports io.github.apprenticeships4j.core.validation;

  requires transitive jakarta.validation;
  requires static transitive org.jspecify;
  requires static transitive org.immutables.value.annotations;
  requires org.hibernate.validator;

  opens io.github.apprenticeships4j.core.funding to org.hibernate.validator;
  // the ConstraintValidators of core.constraints, which Hibernate Validator instantiates
  opens io.github.apprenticeships4j.core.internal to org.hibernate.validator;
  opens io.github.apprenticeships4j.core.standard to org.hibernate.validator;
}
