/**
 * The side-effect analytics report ({@link AnalyticsResource}), from read models of its own kept
 * by {@link AnalyticsProjector}, a consumer group apart from the API's read models. A feature (top
 * layer): it may use the web and write layers, the infrastructure and the domain, and other
 * features; nothing below may use it.
 */
package io.isoledger.analytics;
