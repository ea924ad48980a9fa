import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * The one page builder for unit tests: a real jsdom document (never a hand mock) at a news-like
 * URL, from a whole HTML string (`loadDocument`) or from head and body parts (`page`).
 */
export function loadDocument(html: string, url = 'https://news.example.com/2026/01/01/story'): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

export function page(opts: { head?: string; body: string; lang?: string; url?: string }): Document {
  const html = `<!doctype html><html${opts.lang ? ` lang="${opts.lang}"` : ''}><head>${opts.head ?? ''}</head><body>${opts.body}</body></html>`;
  return loadDocument(html, opts.url ?? 'https://news.example.com/2026/03/04/story');
}

export const ld = (obj: unknown): string => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

const SENTENCES = [
  'The council approved the new flood barrier on Tuesday after a two-hour debate in the town hall.',
  'Engineers said the barrier would protect about 4,000 homes along the river from a once-a-century flood.',
  'Construction is due to start in May and should take eighteen months, according to the planning office.',
  'Residents who spoke at the meeting were divided over the cost, which the council puts at 12 million euros.',
  'The regional government has promised to cover half of the bill from its climate adaptation fund.',
  'Opponents argued that the money would be better spent on moving the most exposed houses away from the bank.',
  'The mayor said the vote was the most important decision the council had taken in a decade.',
  'A final design will be published next month, and residents will have six weeks to comment on it.',
];

/** Body paragraphs of an invented story: `n` paragraphs of two sentences. */
export function paragraphs(n = 6): string {
  return Array.from(
    { length: n },
    (_, i) => `<p>${SENTENCES[(2 * i) % SENTENCES.length]} ${SENTENCES[(2 * i + 1) % SENTENCES.length]}</p>`,
  ).join('\n');
}

/**
 * `n` numbered one-sentence paragraphs (`<p>Paragraph 0: …</p>`): a body whose every line is told
 * apart from the others, for engine tests that point at one paragraph.
 */
export function numberedParagraphs(
  n: number,
  line = (i: number): string => `Paragraph ${i}: the council met on Tuesday and voted to extend the ferry timetable until May.`,
): string {
  return Array.from({ length: n }, (_, i) => `<p>${line(i)}</p>`).join('');
}
