import { describe, expect, it } from 'vitest';
import {
  findSummarizer,
  onDeviceAvailability,
  parsePoints,
  summarizeOnDevice,
  type SummarizerApi,
  type SummarizerCreateOptions,
} from '../../../src/popup/on-device';

/** A fake with the interface of Chrome's Summarizer API. */
function fakeSummarizer(availability: 'available' | 'downloadable' | 'unavailable', output = '* First point.\n* Second point.') {
  const calls: { create?: SummarizerCreateOptions; text?: string; context?: string; destroyed: boolean } = { destroyed: false };
  const api: SummarizerApi = {
    availability: () => Promise.resolve(availability),
    create: (options) => {
      calls.create = options;
      return Promise.resolve({
        inputQuota: 1000,
        summarize: (text, o) => {
          calls.text = text;
          calls.context = o?.context;
          return Promise.resolve(output);
        },
        destroy: () => {
          calls.destroyed = true;
        },
      });
    },
  };
  return { api, calls };
}

describe('on-device summary (Summarizer API)', () => {
  it('is feature-detected: absent or malformed means null', () => {
    expect(findSummarizer({})).toBeNull();
    expect(findSummarizer({ Summarizer: { availability: 1 } })).toBeNull();
    const { api } = fakeSummarizer('available');
    expect(findSummarizer({ Summarizer: api })).toBe(api);
  });

  it('reports availability, and "unavailable" without the API or when it throws', async () => {
    expect(await onDeviceAvailability(null)).toBe('unavailable');
    expect(await onDeviceAvailability(fakeSummarizer('downloadable').api, 'en')).toBe('downloadable');
    const broken: SummarizerApi = {
      availability: async () => Promise.reject(new Error('no')),
      create: async () => Promise.reject(new Error('no')),
    };
    expect(await onDeviceAvailability(broken)).toBe('unavailable');
  });

  it('asks for short key points, passes the headline as context, cuts the text to the quota, and cleans up', async () => {
    const { api, calls } = fakeSummarizer('available');
    const text = 'word '.repeat(5000);
    const result = await summarizeOnDevice({ title: 'Headline', text, lang: 'en-GB' }, api);
    expect(result).toEqual({ kind: 'on-device', points: ['First point.', 'Second point.'] });
    expect(calls.create).toMatchObject({ type: 'key-points', format: 'plain-text', length: 'short', outputLanguage: 'en' });
    expect(calls.context).toBe('Headline: Headline');
    expect(calls.text!.length).toBeLessThan(text.length);
    expect(calls.destroyed).toBe(true);
  });

  it('parses bullets, numbers and plain lines', () => {
    expect(parsePoints('- a\n2. b\n\n• c\n**d**')).toEqual(['a', 'b', 'c', 'd']);
  });
});
