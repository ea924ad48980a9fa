import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, safeUrl, toMarkdown } from '../../../src/core/extract/markdown';

const BASE = 'https://news.example/world/2026/story.html';
const md = (html: string): string =>
  toMarkdown(new JSDOM(`<body><div id="root">${html}</div></body>`).window.document.getElementById('root')!, BASE);

describe('toMarkdown (Copy as Markdown, issue 12)', () => {
  it('headings, paragraphs and inline emphasis', () => {
    expect(md('<h2>The vote</h2><p>The council <strong>passed</strong> the <em>new</em> law.</p><p>Second   paragraph\n here.</p>')).toBe(
      '## The vote\n\nThe council **passed** the _new_ law.\n\nSecond paragraph here.',
    );
  });

  it('escapes Markdown special characters in page text', () => {
    expect(md('<p>*Breaking* 2 < 3 [draft] a_b `x` | ~y~</p>')).toBe('\\*Breaking\\* 2 \\< 3 \\[draft\\] a\\_b \\`x\\` \\| \\~y\\~');
    expect(md('<p># not a heading</p><p>1. not a list</p><p>- nor this</p>')).toBe('\\# not a heading\n\n1\\. not a list\n\n\\- nor this');
    expect(escapeMarkdown('+ plus')).toBe('\\+ plus');
  });

  it('lists, nested lists indented under their item, ordered lists keep their start', () => {
    expect(md('<ul><li>One<ul><li>One a</li><li>One b</li></ul></li><li>Two</li></ul>')).toBe('- One\n  - One a\n  - One b\n- Two');
    expect(md('<ol start="3"><li>Three</li><li>Four<ol><li>Deep</li></ol></li></ol>')).toBe('3. Three\n4. Four\n   1. Deep');
  });

  it('links resolved against the page; javascript: and data: links dropped, their text kept', () => {
    expect(md('<p>See <a href="../other.html">the other story</a> and <a href="https://x.example/a b">this</a>.</p>')).toBe(
      'See [the other story](https://news.example/world/other.html) and [this](https://x.example/a%20b).',
    );
    expect(
      md('<p><a href="javascript:alert(1)">click</a> <a href=" JAVASCRIPT:alert(1)">me</a> <a href="data:text/html,x">now</a></p>'),
    ).toBe('click me now');
    expect(safeUrl('mailto:desk@news.example', BASE)).toBe('mailto:desk@news.example');
  });

  it('images with alt text, resolved; an image without a safe source is left out', () => {
    expect(md('<figure><img src="/img/council.jpg" alt="The [council] chamber"><figcaption>Photo: A. Reporter</figcaption></figure>')).toBe(
      '![The \\[council\\] chamber](https://news.example/img/council.jpg)\n\nPhoto: A. Reporter',
    );
    expect(md('<p><img src="javascript:x" alt="bad">Text</p>')).toBe('Text');
  });

  it('quotes, code, rules; scripts, forms and buttons leave nothing', () => {
    expect(
      md('<blockquote><p>We won.</p><p>Again.</p></blockquote><pre>a ``` b\n</pre><hr><script>x()</script><button>Share</button>'),
    ).toBe('> We won.\n>\n> Again.\n\n````\na ``` b\n````\n\n---');
    expect(md('<p>Run <code>a`b</code></p>')).toBe('Run ``a`b``');
  });
});
