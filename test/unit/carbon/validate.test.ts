import { describe, expect, it } from 'vitest';
import { CarbonInputError, validateCarbonIntensity, validatePue } from '../../../src/carbon';

function refusal(fn: () => unknown): CarbonInputError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(CarbonInputError);
    return err as CarbonInputError;
  }
  throw new Error('did not throw');
}

describe('validateCarbonIntensity', () => {
  it('accepts 0 to 2000 g/kWh as number or text', () => {
    expect(validateCarbonIntensity('400')).toBe(400);
    expect(validateCarbonIntensity(' 12.5 ')).toBe(12.5);
    expect(validateCarbonIntensity(0)).toBe(0);
    expect(validateCarbonIntensity(2000)).toBe(2000);
  });

  it.each([['-1'], [-0.1], ['2000.1'], [Number.NaN], [Number.POSITIVE_INFINITY], ['abc'], [''], ['12abc']])(
    'refuses %s with the option, value and range',
    (value) => {
      const err = refusal(() => validateCarbonIntensity(value as string | number));
      expect(err.option).toBe('carbon-intensity');
      expect(err.message).toContain('carbon-intensity must be a number of g CO2e/kWh from 0 to 2000');
      expect(err.message).toContain(JSON.stringify(String(value)));
    },
  );
});

describe('validatePue', () => {
  it('accepts 1 to 3', () => {
    expect(validatePue('1')).toBe(1);
    expect(validatePue(1.185)).toBe(1.185);
    expect(validatePue('3')).toBe(3);
  });

  it.each([['0.99'], [0.5], ['3.01'], [Number.NaN], ['x']])('refuses %s', (value) => {
    const err = refusal(() => validatePue(value as string | number));
    expect(err.option).toBe('pue');
    expect(err.message).toMatch(/^pue must be a number from 1 to 3/);
  });
});
