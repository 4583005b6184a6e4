/** Refs of the entities the secrets backend tests name (in `TEST_CATALOG` and the tests' own catalogs). */
export const VAULT = 'resource:default/vault-prod';
export const ORDERS_DB = 'resource:default/orders-db-password';
export const PLATFORM = 'group:default/platform';
export const TEAM_A = 'group:default/team-a';
