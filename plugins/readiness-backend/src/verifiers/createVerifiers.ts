import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { ReadinessBackendConfig } from '../config';
import {
  CloudWatchClientFactory,
  cloudWatchClientFactoryFromConfig,
  CloudWatchVerifier,
} from './CloudWatchVerifier';
import {
  PagerDutyNotConfiguredVerifier,
  PagerDutyVerifier,
} from './PagerDutyVerifier';
import { CapacityVerifier } from './CapacityVerifier';
import { RunbookReachabilityVerifier } from './RunbookReachabilityVerifier';
import { CheckVerifier } from './types';

/** The network verifications the configuration turns on. */
export function createVerifiers(options: {
  config: Config;
  settings: ReadinessBackendConfig;
  logger: LoggerService;
  cloudWatchClientFactory?: CloudWatchClientFactory;
  now?: () => Date;
  /** With these, the capacity check is verified by the pipelines backend. */
  discovery?: DiscoveryService;
  auth?: AuthService;
}): CheckVerifier[] {
  const { config, settings, logger } = options;
  const verifiers: CheckVerifier[] = [];
  verifiers.push(
    settings.pagerduty
      ? new PagerDutyVerifier(settings.pagerduty, logger)
      : new PagerDutyNotConfiguredVerifier(),
  );
  if (settings.runbookReachability) {
    verifiers.push(
      new RunbookReachabilityVerifier(settings.runbookReachability, logger),
    );
  }
  if (settings.cloudwatch) {
    verifiers.push(
      new CloudWatchVerifier(
        settings.cloudwatch,
        options.cloudWatchClientFactory ??
          cloudWatchClientFactoryFromConfig(config),
        logger,
        options.now,
      ),
    );
  }
  if (options.discovery && options.auth) {
    const { discovery, auth } = options;
    verifiers.push(new CapacityVerifier({ discovery, auth, logger }));
  }
  return verifiers;
}
