// All of stagecraft.secrets is declared here, where the secrets backend, the
// permission policy module and the lint CLI all see it.

/** The fields of Backstage's `HumanDuration` (`@backstage/types`). */
type Duration = {
  years?: number;
  months?: number;
  weeks?: number;
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
  milliseconds?: number;
};

export interface Config {
  stagecraft?: {
    secrets?: {
      /**
       * Store providers secrets may be kept in: values of the
       * `stagecraft.io/store-provider` annotation on secret-store resources, or
       * providers inferred from a store's name or title (see
       * `storeProviderPatterns`). Replaces the built-in list.
       * @visibility backend
       */
      approvedStoreProviders?: string[];
      /**
       * Secret-store entity refs approved whatever their provider, e.g.
       * `resource:default/legacy-kms` (kind defaults to `resource`, namespace to
       * `default`). Default none.
       * @visibility backend
       */
      approvedStores?: string[];
      /**
       * Store name patterns approved whatever their provider, e.g. `vault-*`.
       * Patterns match whole words of the lower-cased name; `*` matches
       * anything. A store in a known-unsafe place is not approved by them.
       * Default none.
       * @visibility backend
       */
      approvedStoreNamePatterns?: string[];
      /**
       * Per provider, name or title patterns that identify it when a store has
       * no `stagecraft.io/store-provider` annotation, e.g.
       * `{ hashicorp-vault: [vault, openbao] }`. Listed providers are tried
       * first and replace that provider's built-in patterns (`[]` turns its
       * inference off); the other built-in providers follow.
       * @visibility backend
       */
      storeProviderPatterns?: { [provider: string]: string[] };
      /**
       * Name, title or provider patterns of places that are never safe for a
       * secret (laptops, personal machines, chat, email, shared drives,
       * spreadsheets). A secret kept there is an error. Replaces the built-in
       * list.
       * @visibility backend
       */
      unsafeStorePatterns?: string[];
      /**
       * Groups whose members may read the company-wide secrets review
       * (permission `stagecraft.secrets.review`), as entity refs such as
       * `group:default/security-team` (kind defaults to group, namespace to
       * default). When not set, everyone may (local development). An empty
       * list allows nobody.
       * @visibility backend
       */
      reviewers?: string[];
      review?: {
        /**
         * How long the computed review is served before it is computed again
         * from the catalog, e.g. `30s`, `{ seconds: 30 }` or `PT30S`. Default 30 seconds.
         * @visibility backend
         */
        cacheTtl?: Duration | string;
      };
      /**
       * Reconciling the secret stores with the catalog (drift): the policy the
       * findings follow, how often the stores are read, and how long one store
       * may take.
       */
      drift?: {
        /**
         * Rotation period in days of secrets whose entity has no
         * `stagecraft.io/rotation-period` and whose store has no schedule.
         * Default none: such secrets are never overdue.
         * @visibility backend
         */
        defaultRotationPeriodDays?: number;
        /**
         * Report secrets and keys whose automatic rotation is turned off in the
         * store (`rotation-disabled`). Default false.
         * @visibility backend
         */
        requireRotation?: boolean;
        /**
         * An item not read for more than this many days is reported `unused`.
         * Default 90.
         * @visibility backend
         */
        unusedAfterDays?: number;
        /**
         * A certificate or parameter expiring within this many days is reported
         * `expiring`. Default 30.
         * @visibility backend
         */
        expiringWithinDays?: number;
        /**
         * How often every store is read, in minutes (once per cycle across
         * backend replicas). Default 30.
         * @visibility backend
         */
        frequencyMinutes?: number;
        /**
         * How long one store may take to be read, in milliseconds; a store that
         * takes longer is reported unknown with its last good findings.
         * Default 30000.
         * @visibility backend
         */
        storeTimeoutMs?: number;
      };
      /**
       * Notifications to owners (through the notifications backend) when a
       * secret turns non-compliant, overdue for rotation, ghost or expiring, or a
       * shadow secret appears in a store, and when that is resolved.
       */
      notifications?: {
        /**
         * Send them. Default true.
         * @visibility backend
         */
        enabled?: boolean;
      };
      /**
       * Where the secret store readers of `@stagecraft/plugin-secrets-node` find
       * the stores, and how they sign in. They read metadata only, never a value.
       */
      stores?: {
        /**
         * HashiCorp Vault KV v2. Without it, Vault stores are not read (a
         * simulated reader may serve them).
         */
        vault?: {
          /**
           * The Vault token the reader sends. Its policy allows `list` and
           * `read` on `<mount>/metadata/*` only, never `data/`.
           * @visibility secret
           */
          token: string;
          /**
           * The address of stores without `stagecraft.io/store-vault-address`,
           * e.g. `https://vault.internal.example.com:8200`.
           * @visibility backend
           */
          address?: string;
          /**
           * The KV v2 mount of stores without `stagecraft.io/store-vault-mount`,
           * e.g. `kv`.
           * @visibility backend
           */
          mount?: string;
        };
      };
      /**
       * Per-rule severity overrides.
       * @visibility backend
       */
      rules?: {
        [ruleId: string]: {
          /**
           * One of `error`, `warning`, `off`.
           * @visibility backend
           */
          severity?: 'error' | 'warning' | 'off';
        };
      };
    };
  };
}
