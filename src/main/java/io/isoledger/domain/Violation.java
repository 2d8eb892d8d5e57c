package io.isoledger.domain;

/** A broken clinical rule, named by its id in the rule catalogue (R1, R2, ...). */
public record Violation(String rule, String message) {}
