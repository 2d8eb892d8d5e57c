package io.isoledger.domain.planning;

import java.time.LocalDate;

/**
 * One thing a patient's plan asks for, the rule behind it, and the days it must happen in: a test
 * to sample, contraception to start or confirm, a prescription to issue or dispense, a restriction
 * to keep. {@code from} is null where only a deadline applies; {@code done} when the facts already
 * satisfy it.
 */
public record Step(String rule, String action, LocalDate from, LocalDate to, boolean done) {}
