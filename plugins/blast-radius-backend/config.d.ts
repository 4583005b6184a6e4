export interface Config {
  stagecraft?: {
    blastRadius?: {
      /**
       * How long the in-memory catalog index is served before it is reloaded
       * in the background, in seconds. Default 60. 0 reloads after every
       * request (tests).
       */
      indexMaxAgeSeconds?: number;
      /** Entities read per catalog page when loading the index. Default 1000. */
      catalogPageSize?: number;
    };
  };
}
