import { Config } from '@backstage/config';
import { MetricsSourceKind } from '@stagecraft/plugin-pipelines-common';

/**
 * CloudWatch when the app-config has an `aws` section (the standard Backstage AWS
 * integration config), the simulated source otherwise. `stagecraft.pipelines.source`
 * (`auto` | `cloudwatch` | `simulated`) overrides the choice.
 */
export function chooseSource(config: Config): MetricsSourceKind {
  const setting =
    config.getOptionalString('stagecraft.pipelines.source') ?? 'auto';
  if (setting === 'cloudwatch' || setting === 'simulated') return setting;
  if (setting !== 'auto') {
    throw new Error(
      `stagecraft.pipelines.source must be auto, cloudwatch or simulated; got "${setting}"`,
    );
  }
  return config.has('aws') ? 'cloudwatch' : 'simulated';
}
