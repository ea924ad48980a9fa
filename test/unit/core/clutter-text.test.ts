import { describe, expect, it } from 'vitest';
import { isClutterLabel } from '../../../src/core/locate/clutter-text';

describe('isClutterLabel: a follow-us tagline, short or long', () => {
  // The follow pattern runs once per text: with the labels up to 120 characters, alone above.
  it('reads a short follow call as a label', () => {
    expect(isClutterLabel('Follow us on Instagram')).toBe(true);
    expect(isClutterLabel('Síguenos en Facebook y X')).toBe(true);
  });

  it('reads a long sign-off asking to follow the site as a label (electrek)', () => {
    const signOff =
      'You’re reading Electrek — experts who break news about Tesla, electric vehicles, and green energy, day after day. ' +
      'Be sure to check out our homepage for all the latest news, and follow Electrek on Twitter, Facebook, and LinkedIn to stay in the loop.';
    expect(signOff.length).toBeGreaterThan(120);
    expect(isClutterLabel(signOff)).toBe(true);
  });

  it('leaves a story sentence that mentions following alone', () => {
    expect(isClutterLabel('The minister said she would follow the advice of the panel on Tuesday.')).toBe(false);
  });
});
