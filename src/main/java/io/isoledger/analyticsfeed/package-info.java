/**
 * The de-identified analytics feed on {@code isoledger.analytics.v1}: {@link AnalyticsFeed}
 * consumes the events topic and writes one pseudonymised record per event, exactly once; {@link
 * FeedFold} is its pure mapping. Infrastructure layer: it may use other infrastructure packages
 * and the domain, never the web, write or feature packages.
 */
package io.isoledger.analyticsfeed;
