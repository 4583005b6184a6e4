import {
  awsLocationOf,
  cloudWatchAlarmsOf,
  linksOfType,
  problemWithHttpsUrl,
  splitList,
} from './model';
import { component } from './__testUtils__/entities';

describe('model helpers', () => {
  it('splits comma-separated annotations, dropping blanks', () => {
    expect(splitList(' a, b ,,c ')).toEqual(['a', 'b', 'c']);
    expect(splitList(undefined)).toEqual([]);
  });

  it('de-duplicates alarm names', () => {
    const entity = component('x', {
      annotations: { 'stagecraft.io/cloudwatch-alarms': 'a,b,a' },
    });
    expect(cloudWatchAlarmsOf(entity)).toEqual(['a', 'b']);
  });

  it('finds links by type and keeps their position', () => {
    const entity = component('x', {
      links: [
        { url: 'https://a', type: 'dashboard' },
        { url: 'https://b', type: ' RUNBOOK ' },
      ],
    });
    expect(linksOfType(entity, 'runbook')).toEqual([
      { index: 1, url: 'https://b', title: undefined, type: ' RUNBOOK ' },
    ]);
  });

  it('accepts only https URLs without credentials', () => {
    expect(problemWithHttpsUrl('https://wiki.example.com/a')).toBeUndefined();
    expect(problemWithHttpsUrl('ftp://x')).toBe('uses ftp instead of https');
    expect(problemWithHttpsUrl('https://u@x.example.com')).toBe(
      'contains credentials',
    );
  });

  it('reads account and region from the ARN, or the Lambda region annotation', () => {
    expect(
      awsLocationOf(
        component('x', {
          annotations: {
            'amazonaws.com/arn': 'arn:aws:sqs:eu-west-1:111122223333:q',
          },
        }),
      ),
    ).toEqual({ accountId: '111122223333', region: 'eu-west-1' });
    expect(
      awsLocationOf(
        component('x', {
          annotations: { 'amazonaws.com/arn': 'arn:aws:s3:::bucket' },
        }),
      ),
    ).toEqual({ accountId: undefined, region: undefined });
    expect(
      awsLocationOf(
        component('x', {
          annotations: { 'aws.com/lambda-region': 'us-east-1' },
        }),
      ),
    ).toEqual({ accountId: undefined, region: 'us-east-1' });
  });
});
