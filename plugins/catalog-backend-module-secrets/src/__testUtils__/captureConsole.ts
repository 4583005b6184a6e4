import { format } from 'util';

const LEVELS = ['debug', 'info', 'warn', 'error', 'log'] as const;

/** Records everything written through `console` (where the test logger writes). */
export function captureConsole() {
  const lines: string[] = [];
  const spies = LEVELS.map(level =>
    jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push(
        `${level} ${format(
          ...args.map(arg =>
            arg instanceof Error ? `${arg.message}\n${arg.stack}` : arg,
          ),
        )}`,
      );
    }),
  );
  return {
    text: () => lines.join('\n'),
    restore: () => spies.forEach(spy => spy.mockRestore()),
  };
}
