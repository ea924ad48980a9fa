import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract';
import { extractiveSummary } from '../../../src/core/extract/summary/extractive';
import { splitSentences } from '../../../src/core/extract/summary/sentences';
import { ld, page, paragraphs } from '../../helpers/page';

const H = 'Council approves flood barrier after two-hour debate';
const full = (doc: Document) => extractArticle(doc).summary;
/** The summary's opening section, as the old one-section summary was: kind and points. */
const summary = (doc: Document) => {
  const s = full(doc);
  return { kind: s.kind, points: s.publisher?.points ?? s.story };
};
const CLUTTER = /advertisement|sign up|read more|subscribe|newsletter/i;

describe('summary, in order of trust', () => {
  it('the publisher’s key points: bullets under the headline', () => {
    const doc = page({
      body: `<article><h1>${H}</h1><ul><li>The barrier will protect about 4,000 homes along the river.</li><li>Construction starts in May and takes eighteen months.</li></ul><div class="body">${paragraphs()}</div></article>`,
    });
    expect(summary(doc)).toEqual({
      kind: 'key-points',
      points: ['The barrier will protect about 4,000 homes along the river.', 'Construction starts in May and takes eighteen months.'],
    });
  });

  it('key points after a "Story highlights" heading, anywhere', () => {
    const doc = page({
      body: `<article><h1>${H}</h1><div class="body">${paragraphs(3)}<h3>Story highlights</h3><ul><li>Barrier protects about 4,000 homes along the river</li><li>Half of the bill paid by the regional government</li></ul>${paragraphs(3)}</div></article>`,
    });
    expect(summary(doc).kind).toBe('key-points');
    expect(summary(doc).points[1]).toBe('Half of the bill paid by the regional government');
  });

  it('key points never include a clutter bullet', () => {
    const doc = page({
      body: `<article><h1>${H}</h1><h2>Key points</h2><ul><li>The barrier will protect about 4,000 homes along the river.</li><li>Sign up for our newsletter to get the daily briefing.</li></ul><div>${paragraphs()}</div></article>`,
    });
    expect(summary(doc).points).toEqual(['The barrier will protect about 4,000 homes along the river.']);
  });

  it('else the standfirst under the headline', () => {
    const dek = 'The town will spend 12 million euros on a barrier that engineers say protects 4,000 homes.';
    const doc = page({
      body: `<article><header><h1>${H}</h1><p class="css-x1">${dek}</p></header><div class="body">${paragraphs()}</div></article>`,
    });
    expect(summary(doc)).toEqual({ kind: 'standfirst', points: [dek] });
  });

  it('a caption between headline and body is not a standfirst', () => {
    const description = 'The town will spend 12 million euros on a barrier that engineers say protects 4,000 homes.';
    const doc = page({
      head: `<meta name="description" content="${description}">`,
      body: `<article><h1>${H}</h1><figure><img src="a.jpg"><figcaption><p>Workers survey the river bank in the town centre on Monday. (Photo/Jane Roe)</p></figcaption></figure><div class="body">${paragraphs()}</div></article>`,
    });
    expect(summary(doc)).toEqual({ kind: 'description', points: [description] });
  });

  it('the first body paragraph is not a standfirst', () => {
    const doc = page({ body: `<article><h1>${H}</h1><div class="body">${paragraphs()}</div></article>` });
    expect(summary(doc).kind).toBe('extractive');
  });

  it('else the meta description, when it says something the headline does not', () => {
    const description = 'Engineers say the 12 million euro barrier will protect about 4,000 homes along the river.';
    expect(
      summary(
        page({ head: `<meta name="description" content="${description}">`, body: `<article><h1>${H}</h1>${paragraphs()}</article>` }),
      ),
    ).toEqual({ kind: 'description', points: [description] });
  });

  it('an editor’s description wins over one cut from the story’s first lines; a leading headline is dropped', () => {
    const cut = 'The council approved the new flood barrier on Tuesday after a two-hour debate in the town…';
    const written = 'Engineers say the 12 million euro barrier will protect about 4,000 homes along the river.';
    const doc = page({
      head: `<meta name="description" content="${cut}"><meta property="og:description" content="${written}">`,
      body: `<article><h1>${H}</h1>${paragraphs()}</article>`,
    });
    expect(summary(doc).points).toEqual([written]);
    const prefixed = page({
      head: `<meta name="description" content="${H}. ${written}">`,
      body: `<article><h1>${H}</h1>${paragraphs()}</article>`,
    });
    expect(summary(prefixed).points).toEqual([written]);
  });

  it('a description that repeats the headline, or is the site’s tagline, is not used', () => {
    expect(
      summary(page({ head: `<meta name="description" content="${H}.">`, body: `<article><h1>${H}</h1>${paragraphs()}</article>` })).kind,
    ).toBe('extractive');
    const tagline = 'Breaking news, sport, weather and opinion from the best independent newsroom in the land.';
    expect(
      summary(page({ head: `<meta name="description" content="${tagline}">`, body: `<article><h1>${H}</h1>${paragraphs()}</article>` }))
        .kind,
    ).toBe('extractive');
  });

  it('else an extractive summary of 2–4 sentences, in the story’s order, without clutter or duplicates', () => {
    const body = `<article><h1>${H}</h1><div>${paragraphs(8)}<p>Advertisement: sign up for our newsletter to read more stories like this one every day.</p><p>The council approved the new flood barrier on Tuesday after a two-hour debate in the town hall.</p></div></article>`;
    const s = summary(page({ body }));
    expect(s.kind).toBe('extractive');
    expect(s.points.length).toBeGreaterThanOrEqual(2);
    expect(s.points.length).toBeLessThanOrEqual(4);
    expect(s.points.some((p) => CLUTTER.test(p))).toBe(false);
    expect(new Set(s.points).size).toBe(s.points.length);
    expect(s.points[0]).toMatch(/^The council approved/);
  });
});

describe('sentences and extractive scoring beyond English', () => {
  it('splits Japanese and German with Intl.Segmenter, keeping abbreviations whole', () => {
    expect(splitSentences('町は除雪を始めた。住民は歓迎している！費用は未定だ。', 'ja')).toEqual([
      '町は除雪を始めた。',
      '住民は歓迎している！',
      '費用は未定だ。',
    ]);
    expect(splitSentences('Dr. Meier sagte, die Ämter öffnen länger. Die Wartezeit sank um 40 Prozent.', 'de')).toEqual([
      'Dr. Meier sagte, die Ämter öffnen länger.',
      'Die Wartezeit sank um 40 Prozent.',
    ]);
  });

  it('summarises a Japanese story', () => {
    const paras = [
      '富山県湯谷町は今冬から、ドローンで町内の積雪量を測り、除雪車を出す順番を決める取り組みを始めた。高齢化で除雪の担い手が減るなか、作業の効率化をねらう。',
      '町によると、ドローンは毎朝六時に役場を飛び立ち、約四十分で町内の主要道路の積雪を測る。測ったデータをもとに、積雪の多い区間から順に除雪車を出す。',
      '町長は「住民の安全を守るため、新しい技術を積極的に使いたい」と話した。来年度は測定の範囲を広げる予定だ。',
    ];
    const points = extractiveSummary(paras, { lang: 'ja', title: '山あいの町、ドローンで積雪を測り除雪を効率化へ' });
    expect(points.length).toBeGreaterThanOrEqual(2);
    expect(points[0]).toMatch(/^富山県湯谷町は今冬から/);
  });

  it('with JSON-LD and no key points, the summary is still found', () => {
    const doc = page({ head: ld({ '@type': 'NewsArticle', headline: H }), body: paragraphs(5) });
    expect(['extractive', 'description']).toContain(summary(doc).kind);
  });
});

describe('the summary in two sections: the publisher’s words, then the story’s key points', () => {
  const DEK = 'The town will spend 12 million euros on a barrier that engineers say protects 4,000 homes.';
  const withDek = (body: string) =>
    page({ body: `<article><header><h1>${H}</h1><p class="css-x1">${DEK}</p></header><div class="body">${body}</div></article>` });
  const inText = (doc: Document, points: string[]) => {
    const text = extractArticle(doc).text;
    for (const p of points) expect(text, p).toContain(p);
  };

  it('a standfirst, then 3 whole sentences of a 6+ paragraph story, in story order, none repeating headline or dek', () => {
    const doc = withDek(paragraphs(8));
    const s = full(doc);
    expect(s.publisher).toEqual({ kind: 'standfirst', points: [DEK] });
    expect(s.story).toHaveLength(3);
    inText(doc, s.story);
    const text = extractArticle(doc).text;
    const at = s.story.map((p) => text.indexOf(p));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const p of s.story) expect(p).not.toMatch(/protects? (about )?4,000 homes/);
    expect(new Set(s.story).size).toBe(3);
  });

  it('short articles get fewer points', () => {
    expect(full(page({ body: `<article><h1>${H}</h1>${paragraphs(2)}</article>` })).story).toHaveLength(1);
    expect(full(page({ body: `<article><h1>${H}</h1>${paragraphs(4)}</article>` })).story).toHaveLength(2);
  });

  it('three or more publisher key points cover the story; fewer are followed by story points that do not repeat them', () => {
    const three = `<ul><li>The barrier will protect about 4,000 homes along the river.</li><li>Construction starts in May and takes eighteen months.</li><li>The region pays half of the 12 million euro bill.</li></ul>`;
    const covered = full(page({ body: `<article><h1>${H}</h1>${three}<div class="body">${paragraphs(8)}</div></article>` }));
    expect(covered.publisher?.kind).toBe('key-points');
    expect(covered.story).toEqual([]);
    const two = `<ul><li>Engineers said the barrier would protect about 4,000 homes along the river.</li><li>Construction is due to start in May and should take eighteen months.</li></ul>`;
    const s = full(page({ body: `<article><h1>${H}</h1>${two}<div class="body">${paragraphs(8)}</div></article>` }));
    expect(s.publisher?.points).toHaveLength(2);
    expect(s.story.length).toBeGreaterThanOrEqual(2);
    expect(s.story.some((p) => /4,000 homes|eighteen months/.test(p))).toBe(false);
  });

  it('a list of other stories’ links is not the publisher’s key points', () => {
    const links = [1, 2, 3]
      .map((i) => `<li><a href="/s${i}">Another story about the town council and its budget number ${i}</a></li>`)
      .join('');
    const s = full(withDek(`<ul>${links}</ul>${paragraphs(8)}`));
    expect(s.publisher?.kind).not.toBe('key-points');
    expect([...(s.publisher?.points ?? []), ...s.story].some((p) => /Another story/.test(p))).toBe(false);
  });

  it('never a caption, credit, byline, author bio, "Read more" line or text the engine hid', () => {
    const caption = 'Workers survey the river bank in the town centre on Monday, where the barrier will be built.';
    const body = [
      '<p>By Jane Roe and John Smith</p>',
      paragraphs(3),
      `<figure><img src="a.jpg"><figcaption>${caption}</figcaption></figure>`,
      '<p>Read more: the council’s earlier vote on the river barrier and its twelve million euro cost.</p>',
      '<p>The barrier was designed by the regional flood office (Photo: Getty Images).</p>',
      '<div data-tidy-hidden="promos"><p>The council barrier newsletter brings the flood barrier debate to residents every week.</p></div>',
      paragraphs(4),
      '<p>Jane Roe is a staff reporter for the Town Gazette. She can be reached at jane@gazette.example.</p>',
    ].join('');
    const s = full(page({ body: `<article><h1>${H}</h1>${body}</article>` }));
    expect(s.story.length).toBeGreaterThanOrEqual(3);
    for (const p of s.story) expect(p).not.toMatch(/Workers survey|Read more|Getty|newsletter|Jane Roe|can be reached/);
  });

  it('never a quotation cut in half: a quote the segmenter splits is one point or none', () => {
    const quote =
      '“We waited ten years for this barrier. Now the homes along the river are finally safe,” the mayor said at the council meeting.';
    const s = full(page({ body: `<article><h1>${H}</h1>${paragraphs(3)}<p>${quote}</p>${paragraphs(3)}</article>` }));
    for (const p of s.story) {
      expect(p.split('“').length, p).toBe(p.split('”').length);
      if (p.includes('ten years')) expect(p).toBe(quote);
    }
  });

  it('a description cut from the story’s first lines is left to the story’s own lead', () => {
    const cut = 'The council approved the new flood barrier on Tuesday after a two-hour debate in the town hall. Engineers said the barr';
    const s = full(page({ head: `<meta name="description" content="${cut}">`, body: `<article><h1>${H}</h1>${paragraphs(8)}</article>` }));
    expect(s.publisher).toBeNull();
    expect(s.story[0]).toMatch(/^The council approved/);
  });

  it('a short dek named as one is the standfirst; an author bio under the headline is not', () => {
    const dek = '“It is the decision of a decade”';
    const doc = page({ body: `<article><h1>${H}</h1><p class="ar-subtitle">${dek}</p><p>By Jane Roe</p>${paragraphs(8)}</article>` });
    expect(full(doc).publisher).toEqual({ kind: 'standfirst', points: [dek] });
  });

  it('Japanese: sentences by 。, quotations in 「」 kept whole', () => {
    const paras = [
      '富山県湯谷町は今冬から、ドローンで町内の積雪量を測り、除雪車を出す順番を決める取り組みを始めた。高齢化で除雪の担い手が減るなか、作業の効率化をねらう。',
      '町によると、ドローンは毎朝六時に役場を飛び立ち、約四十分で町内の主要道路の積雪を測る。測ったデータをもとに、積雪の多い区間から順に除雪車を出す。',
      '町長は「住民の安全を守るため。新しい技術を積極的に使いたい」と話した。来年度は測定の範囲を広げる予定だ。',
    ];
    const points = extractiveSummary(paras, { lang: 'ja', title: '山あいの町、ドローンで積雪を測り除雪を効率化へ' });
    expect(points).toHaveLength(2);
    for (const p of points) expect(p.split('「').length).toBe(p.split('」').length);
    for (const p of points) expect(paras.join('')).toContain(p);
  });
});
