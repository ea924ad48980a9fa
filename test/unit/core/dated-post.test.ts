import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/engine';
import { HIDDEN_ATTR } from '../../../src/core/marks';
import { page, paragraphs } from '../../helpers/page';

/**
 * A one-paragraph blog post (boingboing.net.millenials): og:type article with a publication date,
 * the headline in its own <div>, one paragraph of about 280 characters with the image before it,
 * a share bar and a tag line in <h3> links, and a river of next-post teasers after the story.
 */
const HEADLINE = 'Hating the young - the prejudice you are allowed to boast about';
const post = (head: string): Document =>
  page({
    url: 'https://blog.example.com/2013/07/19/hating-the-young.html',
    head: `<meta property="og:type" content="article"><meta property="og:title" content="${HEADLINE}">${head}`,
    body: `<div class="css-1xdhyk6"><div class="css-8k2m4p"><a href="/author/a">A Writer</a> / 10:08 am Fri</div>
      <div class="css-2w3e4r"><h1>${HEADLINE}</h1></div>
      <div class="css-9o8i7u" id="story"><p id="p"><img src="/strip.jpg"><br>
        A cartoonist got a spot on a news channel for his great, scathing critique of the narrative of the lazy,
        narcissistic young, which has gone well beyond grumbling territory and into the realm of out-and-out
        demographic prejudice. Click through for the whole thing.</p>
        <p><a href="https://other.example.org/comic">The generation we love to dump on</a></p>
        <p>(<i>via <a href="https://friends.example.net/">Friends Are Here</a></i>)</p>
        <div class="css-4d5f6g"><h3><a href="https://share.example/sharer?u=x">SHARE</a> / <a href="https://share.example/tweet?u=x">TWEET</a> /
          <a href="https://forum.example.com/t/1">82 COMMENTS</a></h3>
        <h3><a href="/tag/comics">Comics</a> / <a href="/tag/economics">economics</a> / <a href="/tag/mutants">happy mutants</a> / <a href="/tag/young">young</a></h3></div>
        <div class="css-5t6y7u"><form action="https://lists.example.com/subscribe"><label for="e">GET THE BLOG NEWSLETTER</label>
          <input type="email" id="e" placeholder="email address"><input type="submit" value="Subscribe"></form></div></div>
      <div class="css-6y5t4r">${[1, 2, 3, 4, 5, 6]
        .map(
          (
            n,
          ) => `<div class="css-3e4r5t"><h2><a href="/2019/09/25/other-post-${n}.html">Other post number ${n} about something else entirely</a></h2>
          <p>The excerpt of the other post number ${n}, long enough to read like a sentence of prose in a teaser card […]</p>
          <h3><a href="/2019/09/25/other-post-${n}.html">READ THE REST</a></h3></div>`,
        )
        .join('')}</div></div>`,
  });

describe('a dated one-paragraph post', () => {
  it('is an article, and its paragraph stays (boingboing.net.millenials)', () => {
    const doc = post('<meta property="article:published_time" content="2013-07-19T17:08:44+00:00">');
    const result = cleanDocument(doc);
    expect(result.isArticle, result.state.kind.reason).toBe(true);
    expect(doc.querySelector('#p')!.closest(`[${HIDDEN_ATTR}]`)).toBeNull();
  });

  it('is not an article without a publication date (an archive with og:type article)', () => {
    expect(cleanDocument(post('')).isArticle).toBe(false);
  });
});

describe('next-post cards whose links differ only by tracking parameters', () => {
  it('hides the river as one list (boingboing.net.millenials)', () => {
    const cards = [1, 2, 3, 4]
      .map(
        (
          n,
        ) => `<div class="css-${n}e4r5t" id="card${n}"><h2><a href="/2019/09/25/other-post-${n}.html?utm_source=more&utm_medium=next">Other post number ${n} about something else entirely</a></h2>
        <a href="/2019/09/25/other-post-${n}.html?utm_source=more&utm_medium=next"><img src="/i/${n}.jpg" alt=""></a>
        <p>The excerpt of the other post number ${n}, long enough to read like a sentence of prose in a teaser card […]</p>
        <h3><a href="/2019/09/25/other-post-${n}.html">READ THE REST</a></h3></div>`,
      )
      .join('');
    const doc = page({
      url: 'https://blog.example.com/2013/07/19/council-approves-flood-barrier.html',
      body: `<div class="css-1xdhyk6"><h1>Council approves the flood barrier after long debate</h1>
        <div class="css-9o8i7u" id="story">${paragraphs(6)}</div><div class="css-6y5t4r" id="river">${cards}</div></div>`,
    });
    cleanDocument(doc);
    for (const n of [1, 2, 3, 4]) expect(doc.querySelector(`#card${n}`)!.closest(`[${HIDDEN_ATTR}]`), `card ${n}`).not.toBeNull();
    expect(doc.querySelector('#story p')!.closest(`[${HIDDEN_ATTR}]`)).toBeNull();
  });
});
