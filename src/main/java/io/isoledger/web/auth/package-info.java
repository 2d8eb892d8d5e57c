/**
 * Who may do what: the roles ({@link Roles}), the one claim they are read from ({@link RolesClaim})
 * and the filter that keeps a patient to their own record ({@link PatientScopeFilter}). Web layer:
 * used by the features; it may use the infrastructure and the domain, never a feature or the write
 * path.
 */
package io.isoledger.web.auth;
