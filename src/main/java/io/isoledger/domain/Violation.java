package io.isoledger.domain;

/** A broken clinical rule, named by its id in RULES.md. */
public record Violation(String rule, String message) {}
