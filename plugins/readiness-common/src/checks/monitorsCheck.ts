import { Entity } from '@backstage/catalog-model';
import { ReadinessCatalogView } from '../catalog/catalogView';
import { classifyAlarm } from '../alarms/alarmPurposes';
import {
  ANNOTATION_CLOUDWATCH_ALARMS,
  ANNOTATION_DATADOG_MONITOR_IDS,
} from '@stagecraft/catalog-conventions-common';
import { cloudWatchAlarmsOf, datadogMonitorsOf } from '../catalog/monitors';
import { AlarmPurposeDefinition, MonitorExpectation } from '../types';
import { appliesTo } from './appliesTo';
import { fail, pass, ReadinessCheck } from './types';

export type ExpectationGap = {
  expectation: MonitorExpectation;
  /** Each entry is one requirement that no alarm meets (alternatives of an any-of). */
  missing: string[][];
};

export type MonitorAssessment = {
  alarms: string[];
  datadogMonitors: string[];
  /** Alarm name → recognised purposes. */
  purposes: Record<string, string[]>;
  expectations: MonitorExpectation[];
  gaps: ExpectationGap[];
};

/** Which expectations apply to the entity, and which of their requirements no declared alarm meets. */
export function assessMonitors(
  entity: Entity,
  catalog: ReadinessCatalogView,
  expectations: MonitorExpectation[],
  alarmPurposes: Record<string, AlarmPurposeDefinition>,
): MonitorAssessment {
  const alarms = cloudWatchAlarmsOf(entity);
  const purposes = Object.fromEntries(
    alarms.map(alarm => [alarm, classifyAlarm(alarm, alarmPurposes)]),
  );
  const covered = new Set(Object.values(purposes).flat());
  const applicable = expectations.filter(e =>
    appliesTo(entity, e.appliesTo, catalog),
  );
  const gaps = applicable.flatMap(expectation => {
    const missing = expectation.requires
      .map(requirement => [requirement].flat())
      .filter(anyOf => !anyOf.some(purpose => covered.has(purpose)));
    return missing.length > 0 ? [{ expectation, missing }] : [];
  });
  return {
    alarms,
    datadogMonitors: datadogMonitorsOf(entity),
    purposes,
    expectations: applicable,
    gaps,
  };
}

function describeMissing(
  anyOf: string[],
  alarmPurposes: Record<string, AlarmPurposeDefinition>,
): string {
  return anyOf
    .map(purpose => {
      const words = alarmPurposes[purpose]?.matches ?? [];
      if (words.length === 0) return purpose;
      const shown = words
        .slice(0, 3)
        .map(w => `"${w}"`)
        .join(', ');
      return `${purpose} (an alarm named with ${shown}${
        words.length > 3 ? ', …' : ''
      })`;
    })
    .join(' or ');
}

export const monitorsCheck: ReadinessCheck = {
  id: 'monitors',
  evaluate(entity, { catalog, config }) {
    const assessment = assessMonitors(
      entity,
      catalog,
      config.monitorExpectations,
      config.alarmPurposes,
    );
    const { alarms, datadogMonitors, gaps } = assessment;
    if (alarms.length === 0 && datadogMonitors.length === 0) {
      return fail(
        `No alarms or monitors declared: neither ${ANNOTATION_CLOUDWATCH_ALARMS} nor ${ANNOTATION_DATADOG_MONITOR_IDS} is set.`,
        `List the CloudWatch alarms that watch this in ${ANNOTATION_CLOUDWATCH_ALARMS} (comma-separated alarm names).`,
      );
    }
    const notes =
      datadogMonitors.length > 0
        ? [
            `Datadog monitors (${datadogMonitors.join(
              ', ',
            )}) count as declared monitors, but their purpose cannot be told from an id, so only CloudWatch alarm names meet the expectations below.`,
          ]
        : undefined;
    const declared = [
      alarms.length > 0 ? `CloudWatch alarms: ${alarms.join(', ')}` : undefined,
      datadogMonitors.length > 0
        ? `Datadog monitors: ${datadogMonitors.join(', ')}`
        : undefined,
    ]
      .filter(Boolean)
      .join('; ');

    if (gaps.length > 0) {
      const reasons = gaps.map(
        ({ expectation, missing }) =>
          `${expectation.title}: needs ${missing
            .map(anyOf => describeMissing(anyOf, config.alarmPurposes))
            .join(' and ')}`,
      );
      return fail(
        `${reasons.join('. ')}. Declared: ${declared}.`,
        `Create the missing alarms and add their names to ${ANNOTATION_CLOUDWATCH_ALARMS}.`,
        { notes },
      );
    }
    const met = assessment.expectations.map(e => e.title);
    return pass(
      met.length > 0
        ? `${declared}. Meets the expectations for: ${met.join(', ')}.`
        : `${declared}.`,
      { notes },
    );
  },
};
