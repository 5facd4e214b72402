// Every form of every quantity the CLI and the action share, through both paths: the action's
// input validation and the CLI's option parsers (what commander calls). Both must give the same
// value, or refuse with the same words after their own label.
import { describe, expect, it } from 'vitest';
import { parseInputs, type ActionInputs } from '../../../src/action/inputs';
import { parseIntensityOption, parseIntervalOption, parsePueOption } from '../../../src/cli/measure-options';

interface Shared {
  input: string;
  option: string;
  cli: (text: string) => number;
  fromInputs: (inputs: ActionInputs) => number | undefined;
}

const INTERVAL: Shared = {
  input: 'sample-interval',
  option: '--interval',
  cli: parseIntervalOption,
  fromInputs: (i) => i.sampleIntervalMs,
};
const PUE: Shared = { input: 'pue', option: '--pue', cli: parsePueOption, fromInputs: (i) => i.pue };
const INTENSITY: Shared = {
  input: 'carbon-intensity',
  option: '--carbon-intensity',
  cli: parseIntensityOption,
  fromInputs: (i) => i.carbonIntensityGPerKWh,
};

// [quantity, text, value, or the problem when refused]
const FORMS: [Shared, string, number | string][] = [
  [INTERVAL, '500ms', 500],
  [INTERVAL, '1s', 1000],
  [INTERVAL, '1.5s', 1500],
  [INTERVAL, '1.5 s', 1500],
  [INTERVAL, '.25s', 250],
  [INTERVAL, '1m', 60_000],
  [INTERVAL, '1min', 60_000],
  [INTERVAL, '250', 250], // the CLI's historical bare milliseconds, now the action's too
  [INTERVAL, ' 2s ', 2000],
  [INTERVAL, '100.4ms', 100], // whole milliseconds for the sampler
  [INTERVAL, '2min', 'is out of range'],
  [INTERVAL, '50ms', 'is out of range'],
  [INTERVAL, '99.6ms', 'is out of range'],
  [INTERVAL, '5x', 'is not a duration'],
  [INTERVAL, '1S', 'is not a duration'],
  [INTERVAL, '1 sec', 'is not a duration'],
  [INTERVAL, '1e3', 'is not a duration'],
  [INTERVAL, '-1s', 'is not a duration'],
  [PUE, '1', 1],
  [PUE, '1.185', 1.185],
  [PUE, '3', 3],
  [PUE, ' 1.2 ', 1.2],
  [PUE, '.5', 'is out of range'],
  [PUE, '0.9', 'is out of range'],
  [PUE, '3.5', 'is out of range'],
  [PUE, '1e0', 'is not a number'],
  [PUE, '+1.2', 'is not a number'],
  [PUE, '1.', 'is not a number'],
  [PUE, '1,2', 'is not a number'],
  [PUE, 'x', 'is not a number'],
  [INTENSITY, '0', 0],
  [INTENSITY, '436', 436],
  [INTENSITY, '12.5', 12.5],
  [INTENSITY, '2000', 2000],
  [INTENSITY, '2000.1', 'is out of range'],
  [INTENSITY, '-1', 'is not a number'],
  [INTENSITY, '4e2', 'is not a number'],
  [INTENSITY, '436 g/kWh', 'is not a number'],
  [INTENSITY, 'lots', 'is not a number'],
];

function viaAction(q: Shared, text: string): number | string {
  const result = parseInputs((name) => (name === q.input ? text : ''), { eventName: 'push' });
  if (!result.ok) return result.errors.join('\n');
  return q.fromInputs(result.inputs) as number;
}

function viaCli(q: Shared, text: string): number | string {
  try {
    return q.cli(text);
  } catch (err) {
    return (err as Error).message;
  }
}

describe('the CLI and the action read shared quantities alike', () => {
  it.each(FORMS)('%# %j → %j', (q, text, expected) => {
    const action = viaAction(q, text);
    const cli = viaCli(q, text);
    if (typeof expected === 'number') {
      expect(action).toBe(expected);
      expect(cli).toBe(expected);
      return;
    }
    const said = ` ${JSON.stringify(text)} ${expected}. Accepted: `;
    expect(String(action).startsWith(`Input "${q.input}":${said}`), String(action)).toBe(true);
    expect(String(cli).startsWith(`${q.option}:${said}`), String(cli)).toBe(true);
    // Same problem, same accepted forms: only the label differs.
    expect(cli.toString().slice(q.option.length)).toBe(action.toString().slice(`Input "${q.input}"`.length));
  });
});
