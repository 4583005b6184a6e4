import { LoggerService } from '@backstage/backend-plugin-api';
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
import { RunbookReachabilityVerifier } from './RunbookReachabilityVerifier';
import { CheckVerifier } from './types';

/** The network verifications the configuration turns on. */
export function createVerifiers(options: {
  config: Config;
  settings: ReadinessBackendConfig;
  logger: LoggerService;
  cloudWatchClientFactory?: CloudWatchClientFactory;
  now?: () => Date;
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
  return verifiers;
}
