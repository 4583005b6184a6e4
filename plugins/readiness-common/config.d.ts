/** Which entities a check applies to; each field takes one value or a list. */
type ReadinessAppliesToFilter = {
  kind?: string | string[];
  type?: string | string[];
  lifecycle?: string | string[];
  tags?: string | string[];
  excludeTags?: string | string[];
  readsFromType?: string | string[];
};

export interface Config {
  stagecraft?: {
    readiness?: {
      /**
       * Per-check settings keyed by check id. Keys naming a built-in check
       * (owner, oncall-contact, runbook, escalation-policy, monitors,
       * production-complete) override its defaults; other keys define new
       * checks, which need title, appliesTo and require.
       */
      checks?: {
        [checkId: string]: {
          title?: string;
          description?: string;
          /** One of `error`, `warning`, `off`. */
          severity?: 'error' | 'warning' | 'off';
          /** Where to read how to fix a failure. */
          fixUrl?: string;
          /** One filter or a list of filters, any of which matches. */
          appliesTo?: ReadinessAppliesToFilter | ReadinessAppliesToFilter[];
          /** Only for checks defined here. */
          require?: {
            annotations?: string[];
            linkTypes?: string[];
          };
          /** runbook: reachability of links on allow-listed hosts (backend only). */
          reachability?: {
            /** Hosts (exact names) whose runbook links are fetched. No other host ever is. */
            allowedHosts: string[];
            /** Per request; default 3000. */
            timeoutMs?: number;
          };
          /** escalation-policy: minimum escalation levels when PagerDuty is configured; default 2. */
          minLevels?: number;
          /** monitors: how alarm names map to purposes, merged over the defaults. */
          alarmPurposes?: {
            [purpose: string]: { matches: string[]; excludes?: string[] };
          };
          /** monitors: expectations merged over the defaults by id; `enabled: false` removes one. */
          expectations?: Array<{
            id: string;
            enabled?: boolean;
            title?: string;
            appliesTo?: ReadinessAppliesToFilter | ReadinessAppliesToFilter[];
            /** Purposes required; a nested list means any one of them. */
            requires?: Array<string | string[]>;
          }>;
          /** monitors: hours an alarm may sit in INSUFFICIENT_DATA before it counts as stuck; default 24. */
          insufficientDataGraceHours?: number;
          /** production-complete: the checks it requires. */
          requires?: string[];
        };
      };
    };
  };
}
