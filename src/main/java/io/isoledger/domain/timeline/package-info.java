/**
 * A fact's history by clinical date ({@link Timeline}) and what of it is summarised to keep the
 * state bounded ({@link Retention}). Domain layer: it imports only {@code java.*} and the domain
 * itself, reads no clock and makes no ids.
 */
package io.isoledger.domain.timeline;
