import { describe, expect, it } from 'vitest';
import { measureText } from '../../../src/core/extract/reading-time';

describe('word count and reading time', () => {
  it('counts words at 230 a minute', () => {
    const text = Array.from({ length: 690 }, () => 'word').join(' ');
    expect(measureText(text)).toMatchObject({ wordCount: 690, readingMinutes: 3 });
  });

  it('counts CJK by characters at 500 a minute', () => {
    const text = '富山県湯谷町は今冬から、ドローンで町内の積雪量を測る。'.repeat(40); // 25 CJK chars each
    const m = measureText(text);
    expect(m.cjkChars).toBe(1000);
    expect(m.readingMinutes).toBe(2);
  });

  it('mixes both, ignores punctuation, and an empty text reads in 0 minutes', () => {
    expect(measureText('東京 Tokyo – 2026 .').wordCount).toBe(4);
    expect(measureText('').readingMinutes).toBe(0);
    expect(measureText('one two').readingMinutes).toBe(1);
  });
});
