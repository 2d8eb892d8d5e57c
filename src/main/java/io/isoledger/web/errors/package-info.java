/**
 * Every failure as an RFC 9457 problem: {@link ApiProblem} is thrown, {@link ProblemMapper}
 * renders it. Web layer: used by the features; it may use the infrastructure and the domain, never
 * a feature or the write path.
 */
package io.isoledger.web.errors;
