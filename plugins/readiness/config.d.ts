export interface Config {
  stagecraft?: {
    readiness?: {
      pagerduty?: {
        /**
         * The PagerDuty web address of your account, for service links on the
         * On-call card, e.g. https://acme.pagerduty.com. Default https://app.pagerduty.com.
         * @visibility frontend
         */
        webBaseUrl?: string;
      };
    };
  };
}
