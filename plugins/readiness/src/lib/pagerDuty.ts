import { ConfigApi } from '@backstage/core-plugin-api';

/** The PagerDuty web URL of a service: the one PagerDuty reported, or one built from config. */
export function pagerDutyServiceUrl(
  serviceId: string,
  config: ConfigApi,
  reported?: string | number,
): string {
  if (typeof reported === 'string' && reported.startsWith('https://')) {
    return reported;
  }
  const base = (
    config.getOptionalString('stagecraft.readiness.pagerduty.webBaseUrl') ??
    'https://app.pagerduty.com'
  ).replace(/\/+$/, '');
  return `${base}/service-directory/${encodeURIComponent(serviceId)}`;
}

/** The CloudWatch console page of an alarm. */
export function cloudWatchAlarmUrl(alarmName: string, region: string): string {
  return `https://${region}.console.aws.amazon.com/cloudwatch/home?region=${region}#alarmsV2:alarm/${encodeURIComponent(
    alarmName,
  )}`;
}
