export interface Config {
  stagecraft?: {
    secrets?: {
      /**
       * Store providers (values of the `stagecraft.io/store-provider` annotation on
       * secret-store resources) that secrets may be kept in. Replaces the built-in list.
       * @visibility frontend
       */
      approvedStoreProviders?: string[];
      /**
       * Per-rule severity overrides.
       * @visibility frontend
       */
      rules?: {
        [ruleId: string]: {
          /**
           * One of `error`, `warning`, `off`.
           * @visibility frontend
           */
          severity?: 'error' | 'warning' | 'off';
        };
      };
    };
  };
}
