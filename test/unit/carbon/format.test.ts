import { describe, expect, it } from 'vitest';
import { formatMass } from '../../../src/carbon';

describe('formatMass', () => {
  it.each([
    [12.34, '12.3 g'],
    [1234, '1.2 kg'],
    [0.45, '450 mg'],
    [4.74, '4.7 g'],
    [0.0041, '4.1 mg'],
    [250, '250 g'],
    [2.5e6, '2.5 t'],
    [0, '0 g'],
  ])('%s g → %s', (g, text) => expect(formatMass(g)).toBe(text));
});
