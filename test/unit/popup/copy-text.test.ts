// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { ArticleInfo } from '../../../src/core/extract/article-info';
import { formatPublished } from '../../../src/core/extract/dates';
import { articleMarkdown, summaryText, type CopyWords } from '../../../src/popup/copy-text';
import { fakeBrowser } from '../shared/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser().browser }));
const { parseSettings } = await import('../../../src/shared/settings');
const { exportSettings, importSettings } = await import('../../../src/shared/settings-file');

const WORDS: CopyWords = {
  heading: (key) => `[${key}]`,
  byline: (b) => `By ${b}`,
  page: (url) => `Page: ${url}`,
  published: (d) => `Published: ${d}`,
};
const URL = 'https://news.example/2026/03/04/ferry';
const article: ArticleInfo = {
  title: 'Ferry *timetable* extended',
  byline: 'Jane Doe',
  published: '2026-03-04',
  siteName: 'News',
  lang: 'en',
  image: null,
  summary: {
    kind: 'key-points',
    publisher: { kind: 'key-points', points: ['The ferry runs to May.'] },
    story: ['Residents were divided.'],
  },
  text: 'First paragraph.\n\nSecond [paragraph].',
  wordCount: 4,
  readingMinutes: 1,
};

describe('Copy summary and Copy as Markdown (issue 12)', () => {
  it('summary: headline, each section under its heading, then the page URL', () => {
    expect(summaryText(article, URL, WORDS)).toBe(
      'Ferry *timetable* extended\n\n[summary_publisher]\n• The ferry runs to May.\n\n[summary_story]\n• Residents were divided.\n\nPage: https://news.example/2026/03/04/ferry\n',
    );
  });

  it('markdown: escaped headline, byline, date, link, summary, then the body', () => {
    const body = document.createElement('div');
    body.innerHTML = '<h2>What next</h2><p>The <a href="/vote">vote</a> is <em>final</em>.</p>';
    const md = articleMarkdown(article, body, URL, WORDS);
    expect(md).toBe(
      [
        '# Ferry \\*timetable\\* extended',
        `By Jane Doe  \nPublished: ${formatPublished('2026-03-04')}  \n<https://news.example/2026/03/04/ferry>`,
        '## \\[summary\\_publisher\\]',
        '- The ferry runs to May.',
        '## \\[summary\\_story\\]',
        '- Residents were divided.',
        '---',
        '## What next\n\nThe [vote](https://news.example/vote) is _final_.',
      ].join('\n\n') + '\n',
    );
  });

  it('markdown without a body element: the article paragraphs, escaped', () => {
    expect(articleMarkdown({ ...article, byline: null, published: null }, null, URL, WORDS)).toMatch(
      /---\n\nFirst paragraph\.\n\nSecond \\\[paragraph\\\]\.\n$/,
    );
  });
});

describe('settings: the "keep showing" exceptions (issue 12)', () => {
  const rule = { selector: '#box', label: 'Weather', created: 1 };
  it('are read like the zaps: bad selectors and sites dropped one by one', () => {
    const s = parseSettings({
      settingsVersion: 2,
      shownRules: { 'news.example': [rule, { selector: 'div[[', label: 'x', created: 2 }], 'a b': [rule] },
    });
    expect(s.shownRules).toEqual({ 'news.example': [rule] });
  });
  it('export and import them; a file from before them imports; an invalid one is refused', () => {
    const settings = { ...parseSettings({}), shownRules: { 'news.example': [rule] } };
    expect(importSettings(exportSettings(settings))).toEqual({ ok: true, settings });
    const older = JSON.parse(exportSettings(parseSettings({}))) as Record<string, unknown>;
    delete older.shownRules;
    expect(importSettings(JSON.stringify(older))).toMatchObject({ ok: true });
    const bad = { ...older, shownRules: { 'news.example': [{ selector: 'div[[', label: '', created: 0 }] } };
    expect(importSettings(JSON.stringify(bad))).toEqual({
      ok: false,
      error: { key: 'import_error_selector', substitutions: ['div[[', 'news.example'] },
    });
  });
});
