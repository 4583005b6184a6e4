import { act, renderHook } from '@testing-library/react';
import { usePolling } from './usePolling';

describe('usePolling', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('loads again once the interval has passed without a load, counted from the last one', async () => {
    const load = jest.fn(async () => 'value');
    const { result } = renderHook(() => usePolling(load, 1_000, []));
    expect(load).toHaveBeenCalledTimes(1);

    await act(async () => {
      jest.advanceTimersByTime(600);
    });
    // A load for another reason (a signal) puts the timer back.
    await act(async () => result.current.refresh());
    expect(load).toHaveBeenCalledTimes(2);

    await act(async () => {
      jest.advanceTimersByTime(900); // 1,500 ms after opening: no timed load yet
    });
    expect(load).toHaveBeenCalledTimes(2);

    await act(async () => {
      jest.advanceTimersByTime(100); // 1,000 ms after the last load
    });
    expect(load).toHaveBeenCalledTimes(3);
    expect(result.current.value).toBe('value');
  });
});
