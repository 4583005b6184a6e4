import { alarmWords, classifyAlarm } from './alarmPurposes';

describe('alarm purposes', () => {
  it.each([
    [
      'EventProcessor-IteratorAgeMS',
      ['event', 'processor', 'iterator', 'age', 'ms'],
    ],
    [
      'SQS_ApproximateAgeOfOldestMessage',
      ['sqs', 'approximate', 'age', 'of', 'oldest', 'message'],
    ],
  ])('splits %s into words, camelCase included', (name, words) => {
    expect(alarmWords(name)).toEqual(words);
  });

  it.each([
    ['event-processor-iterator-age', ['iterator-age']],
    ['event-processor-errors', ['errors']],
    ['notification-splitter-task-failures', ['errors']],
    ['reco-ranking-refresh-executions-failed', ['errors']],
    ['reviews-api-5xx-rate', ['errors']],
    ['raw-events-incoming-records-drop', ['no-incoming-data']],
    ['events-lake-no-new-objects', ['no-incoming-data']],
    ['notification-inbox-no-files-received', ['no-incoming-data']],
    ['notification-email-queue-age', ['oldest-message-age']],
    ['reco-loader-dlq-age', ['oldest-message-age']],
    ['notification-email-dlq-not-empty', ['messages-visible']],
    ['notification-sms-queue-depth', ['messages-visible']],
    ['alert-router-dead-letters', ['messages-visible']],
    ['event-processor-throttles', []],
    ['reviews-aurora-replica-lag', []],
    ['table-storage-usage', []],
    ['page-latency', []],
  ])('%s → %p', (name, purposes) => {
    expect(classifyAlarm(name)).toEqual(purposes);
  });

  it('uses the purposes given', () => {
    expect(
      classifyAlarm('x-stale', { freshness: { matches: ['stale'] } }),
    ).toEqual(['freshness']);
  });
});
