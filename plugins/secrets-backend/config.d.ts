import { HumanDuration } from '@backstage/types';

// The secret rules' keys (stagecraft.secrets.approvedStoreProviders and
// stagecraft.secrets.rules) are declared by @stagecraft/plugin-secrets-common.
export interface Config {
  stagecraft?: {
    secrets?: {
      review?: {
        /**
         * How long the computed review is served before it is computed again
         * from the catalog, e.g. `30s`, `{ seconds: 30 }` or `PT30S`. Default 30 seconds.
         */
        cacheTtl?: HumanDuration | string;
      };
    };
  };
}
