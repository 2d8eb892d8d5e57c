package io.isoledger.domain.rules;

import java.time.LocalDate;

/**
 * A sign of harm the patient's facts hold: the finding, the day it is dated (the fact's), and a
 * key naming the fact it comes from, so that each sign raises its alert once, whatever the order
 * in which the facts that reveal it are recorded.
 */
public record Signal(String key, Finding finding, LocalDate on) {}
