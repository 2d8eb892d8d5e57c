package io.isoledger.analytics;

import io.isoledger.domain.SideEffectTerm;

/** How many reports share one term, grade and dose band: the finest grain the report rolls up. */
record SideEffectCount(SideEffectTerm term, int grade, DoseBand band, long count) {}
