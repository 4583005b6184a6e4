export interface Config {
  stagecraft?: {
    secrets?: {
      /**
       * Groups whose members may read the company-wide secrets review
       * (permission `stagecraft.secrets.review`), as entity refs such as
       * `group:default/security-team` (kind defaults to group, namespace to
       * default). When not set, everyone may (local development). An empty
       * list allows nobody.
       */
      reviewers?: string[];
    };
  };
}
