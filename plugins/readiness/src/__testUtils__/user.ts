import userEvent, {
  PointerEventsCheckLevel,
} from '@testing-library/user-event';

/**
 * The user of every readiness page test. Checking pointer-events walks computed styles, which is
 * very slow with MUI's styles in jsdom, so it is off.
 */
export const user = userEvent.setup({
  pointerEventsCheck: PointerEventsCheckLevel.Never,
});
