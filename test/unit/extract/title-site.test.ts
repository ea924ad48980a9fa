import { describe, expect, it } from 'vitest';
import { siteNameOf } from '../../../src/core/extract/metadata';
import { siteNameInTitle, stripSiteName, titleWithoutSiteName } from '../../../src/core/locate/title-site';
import { page, paragraphs } from '../../helpers/page';

const H = 'Council approves flood barrier after two-hour debate';
const ZH = '财新调查：一座城市的地铁扩建与债务压力';

/**
 * One definition of what separates a site name from the headline in a <title>, for the headline
 * hint, the <title> fallback and the guessed site name (they were three, each with its own set).
 */
describe('the site name in a <title>', () => {
  it('the three uses split on the same separators: bars (full-width too), dashes, dots, guillemets, slashes, colons', () => {
    for (const sep of [' | ', '|', ' ｜ ', '｜', ' – ', ' — ', ' - ', ' · ', ' • ', ' » ', ' / ', ' : ', ' :: ']) {
      const title = `${H}${sep}Daily Example`;
      expect(titleWithoutSiteName({ title }), JSON.stringify(sep)).toBe(H);
      expect(siteNameInTitle(title), JSON.stringify(sep)).toBe('Daily Example');
      expect(stripSiteName(title, 'Daily Example'), JSON.stringify(sep)).toBe(H);
      expect(stripSiteName(title, null), JSON.stringify(sep)).toBe(H);
    }
  });

  it('the site name guessed from "Story » Section » Site" (spanish_article: og:site_name absent)', () => {
    const title = `${H} » Local » Noticias » Ultima Hora Mallorca`;
    expect(siteNameInTitle(title)).toBe('Ultima Hora Mallorca');
    expect(siteNameOf(page({ head: `<title>${title}</title>`, body: paragraphs() }))).toBe('Ultima Hora Mallorca');
  });

  it('a declared name after a spaced full-width bar goes with its bar', () => {
    expect(stripSiteName(`${ZH} ｜ 财新网`, '财新网')).toBe(ZH);
    expect(stripSiteName(`${ZH}｜财新网`, '财新网')).toBe(ZH);
    expect(stripSiteName(`财新网：${ZH}`, '财新网')).toBe(ZH);
  });

  it('keeps what is not a site name: hyphenated words, a short title, a title with no separator', () => {
    expect(titleWithoutSiteName({ title: 'Two-hour debate ends in a vote on the flood barrier' })).toBe(
      'Two-hour debate ends in a vote on the flood barrier',
    );
    expect(siteNameInTitle('Two-hour debate ends in a vote')).toBeNull();
    expect(titleWithoutSiteName({ title: 'Home | Site' })).toBe('Home | Site');
    expect(siteNameInTitle(H)).toBeNull();
    expect(stripSiteName(`${H} - Pune News | Indus Times`, 'Indus Times')).toBe(H);
  });
});
