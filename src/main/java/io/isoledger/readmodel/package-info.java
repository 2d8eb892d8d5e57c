/**
 * What the features' read models share: {@link PatientRow}, the columns of every patient-scoped
 * row (id, patient, event sequence). Infrastructure layer: used by the features; it may use only
 * the domain and Panache.
 */
package io.isoledger.readmodel;
