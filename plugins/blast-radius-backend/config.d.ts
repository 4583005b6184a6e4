export interface Config {
  stagecraft?: {
    blastRadius?: {
      /**
       * How long the in-memory catalog index is served before it is reloaded
       * in the background, in seconds. Default 60. 0 reloads after every
       * request (tests).
       */
      indexMaxAgeSeconds?: number;
      /**
       * How long loading the index from the catalog may take, in seconds, before the
       * load counts as failed. Default 60; a catalog of 100,000 entities on a busy
       * machine needs more.
       */
      indexLoadTimeoutSeconds?: number;
      /** Entities read per catalog page when loading the index. Default 1000. */
      catalogPageSize?: number;
    };
  };
}
