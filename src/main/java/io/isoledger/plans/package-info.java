/**
 * A patient's plan on request ({@link PlanResource}): computed from the patient's events by the
 * domain's planner. A feature (top layer): it may use the web and write layers, the infrastructure
 * and the domain, and other features; nothing below may use it.
 */
package io.isoledger.plans;
