import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_CLOUDWATCH_ALARMS,
  ANNOTATION_DATADOG_MONITOR_IDS,
  annotationOf,
} from '@stagecraft/catalog-conventions-common';
import { splitList } from './fieldValues';

/** The CloudWatch alarm names in `stagecraft.io/cloudwatch-alarms`, de-duplicated. */
export function cloudWatchAlarmsOf(entity: Entity): string[] {
  return [
    ...new Set(splitList(annotationOf(entity, ANNOTATION_CLOUDWATCH_ALARMS))),
  ];
}

/** The Datadog monitor ids in `datadoghq.com/monitor-ids`, de-duplicated. */
export function datadogMonitorsOf(entity: Entity): string[] {
  return [
    ...new Set(splitList(annotationOf(entity, ANNOTATION_DATADOG_MONITOR_IDS))),
  ];
}
