import { describe, expect, it } from 'vitest';
import { anyOf } from '../../../../src/core/rules/rule-set';
import { socialRules } from '../../../../src/core/rules/social';

const { follow } = socialRules.labels;
/** The same pattern as one alternation: what `anyOf` must agree with on every text. */
const asOnePattern = new RegExp(follow.source, follow.flags);

describe('anyOf', () => {
  it('matches exactly where the alternation of its parts matches (social follow)', () => {
    const texts = [
      'Follow on Instagram',
      'Follow us',
      'Connect with us',
      'フォローする',
      'Join our WhatsApp channel',
      'Síguenos en Facebook',
      'Puedes seguir a Materia en Facebook, Twitter, Instagram o apuntarte aquí a nuestra newsletter.',
      "You're reading Electrek, for all the latest news, and follow Electrek on Twitter, Facebook, and LinkedIn.",
      'Nachrichten auf WhatsApp: Jetzt folgen',
      'The protesters said they would follow him on Facebook and Twitter.',
      'The council will follow the plan on Monday.',
      'Advertisement',
      '',
    ];
    const matched = texts.filter((t) => follow.test(t));
    expect(matched).toEqual(texts.filter((t) => asOnePattern.test(t)));
    expect(matched).toContain('Follow on Instagram');
    expect(matched).not.toContain('The council will follow the plan on Monday.');
  });

  it('is still one pattern to exec and replace', () => {
    const both = anyOf(/^ad$/i, /^sponsored$/i);
    expect(both.exec('Sponsored')?.[0]).toBe('Sponsored');
    expect('AD'.replace(both, 'x')).toBe('x');
    expect(both.test('Ad')).toBe(true);
    expect(both.test('Adverts')).toBe(false);
  });

  it('refuses parts it could not join faithfully', () => {
    expect(() => anyOf(/a/i, /b/)).toThrow(/same flags/);
    expect(() => anyOf(/a/g, /b/g)).toThrow(/neither g nor y/);
  });
});
