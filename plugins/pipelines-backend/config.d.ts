export interface Config {
  stagecraft?: {
    pipelines?: {
      /**
       * Where metrics come from. `auto` (default): CloudWatch when an `aws` section exists
       * (Backstage's AWS integration config), the simulated source otherwise.
       */
      source?: 'auto' | 'cloudwatch' | 'simulated';
      cloudwatch?: {
        /** After this many ms without an answer, serve the last good data marked stale (default 4000). */
        softTimeoutMs?: number;
        /** Abandon a whole fetch (all its AWS requests) after this many ms (default 20000). */
        hardTimeoutMs?: number;
      };
      aws?: {
        /** Abandon each AWS SDK request after this many ms (default 10000). */
        requestTimeoutMs?: number;
      };
    };
  };
}
