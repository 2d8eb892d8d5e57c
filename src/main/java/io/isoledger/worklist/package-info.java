/**
 * What is due across patients ({@link WorklistResource}), from the {@code plan_step} read model
 * each patient's plan is projected into. A feature (top layer): it may use the web and write
 * layers, the infrastructure and the domain, and other features; nothing below may use it.
 */
package io.isoledger.worklist;
