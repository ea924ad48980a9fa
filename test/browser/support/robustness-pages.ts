/**
 * Pages built to probe the extension on changing and hostile pages (issue 10), served from memory
 * by the static server. Each is an article (og:type, a headline, prose) so the heuristics run;
 * the ads are label-only boxes (`<span>Advertisement</span>`, no known selector), which only the
 * engine hides, plus `div-gpt-ad-…` slots the stylesheet hides at once.
 */
import type { VirtualFile } from '../../../scripts/dev/static-server';

/** Where each page is served (absolute URL paths). Dated paths read as story URLs. */
export const ROBUST = {
  lateRender: '/__tidy__/robust/2026/03/04/late-render.html',
  spaStart: '/__tidy__/robust/2026/03/04/spa-first-story.html',
  spaNext: '/__tidy__/robust/2026/03/05/spa-second-story',
  stream: '/__tidy__/robust/2026/03/04/stream.html',
  huge: '/__tidy__/robust/2026/03/04/huge.html',
  deep: '/__tidy__/robust/2026/03/04/deep.html',
  csp: '/__tidy__/robust/2026/03/04/csp.html',
  hostile: '/__tidy__/robust/2026/03/04/hostile.html',
  onDemand: '/__tidy__/robust/2026/03/04/on-demand.html',
} as const;

const paragraphs = (topic: string, n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>${topic}, part ${i + 1}: the council met on Tuesday evening and voted to keep the harbour ferry running through the winter, after a month of public meetings and letters.</p>`,
  ).join('');

/** An ad only the engine can tell: a box whose whole text is its label. */
const labelAd = (id: string): string => `<div class="b-${id}"><span id="${id}">Advertisement</span></div>`;

const story = (id: string, title: string): string =>
  `<h1>${title}</h1>${paragraphs(title, 3)}${labelAd(`${id}-ad`)}${paragraphs(title, 4)}`;

const head = (title: string, extra = ''): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="og:type" content="article"><title>${title}</title>${extra}</head>`;

const html = (body: string): VirtualFile => ({ body, contentType: 'text/html; charset=utf-8' });

/**
 * Records the longest main-thread task (PerformanceObserver 'longtask', Chromium) in
 * `window.__tidyLongestTask` from before the first parse; null where the browser has no long-task
 * timing (Firefox). Read with `long-tasks.ts`.
 */
const LONG_TASK_PROBE = `<script>
  window.__tidyLongestTask = null;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__tidyLongestTask = Math.max(window.__tidyLongestTask ?? 0, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
</script>`;

/** An empty app root at DOMContentLoaded; the story arrives from script 400 ms after load. */
const lateRender = html(`${head('Loading…')}<body><div id="app"></div><script>
  window.addEventListener('load', () => setTimeout(() => {
    document.getElementById('app').innerHTML = ${JSON.stringify(`<article>${story('late', 'Ferry timetable extended after council vote')}</article>`)};
  }, 400));
</script></body></html>`);

/** A router that keeps the <article> and renders the next story into it after pushState. */
const spa =
  html(`${head('Ferry timetable extended after council vote | The Example Times')}<body><main><article id="story">${story('first', 'Ferry timetable extended after council vote')}</article></main>
<script>
  window.goNext = () => {
    history.pushState({}, '', ${JSON.stringify(ROBUST.spaNext)});
    document.title = 'Harbour dredging approved despite protests | The Example Times';
    document.getElementById('story').innerHTML = ${JSON.stringify(story('second', 'Harbour dredging approved despite protests'))};
  };
</script></body></html>`);

/**
 * 5,000 nodes over 5 s (50 paragraphs every 50 ms) below the story once `startStream()` is called,
 * an ad among every fifth batch. A MutationObserver in the page notes when each ad was inserted and
 * when it first sat in a hidden element.
 */
const stream = html(`${head('Live comments')}<body><main><article>${story('top', 'Ferry timetable extended after council vote')}</article>
<section id="feed"></section></main>
<script>
  window.__ads = [];
  new MutationObserver(() => {
    const t = performance.now();
    for (const a of window.__ads) if (a.hiddenAt === null && a.el.closest('[data-tidy-hidden]:not([data-tidy-shown])')) a.hiddenAt = t;
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-tidy-hidden'], subtree: true });
  window.startStream = () => new Promise((done) => {
    const feed = document.getElementById('feed');
    let tick = 0;
    const timer = setInterval(() => {
      const frag = document.createDocumentFragment();
      for (let i = 0; i < 50; i++) {
        const p = document.createElement('p');
        p.textContent = 'Reader comment ' + (tick * 50 + i) + ': the ferry was late again this morning.';
        frag.append(p);
      }
      const ads = [];
      if (tick % 5 === 2) {
        const box = document.createElement('div');
        const label = document.createElement('span');
        label.textContent = 'Advertisement';
        box.append(label, document.createElement('div'));
        frag.insertBefore(box, frag.childNodes[25]);
        ads.push(label);
      }
      feed.append(frag);
      const at = performance.now();
      for (const el of ads) window.__ads.push({ el, at, hiddenAt: null });
      if (++tick === 100) { clearInterval(timer); done(); }
    }, 50);
  });
  window.adLatencies = () => window.__ads.map((a) => (a.hiddenAt === null ? null : a.hiddenAt - a.at));
</script></body></html>`);

/** About 100,000 elements: the story, then 33,000 three-element rows, label ads here and there, an ad slot last. */
function hugePage(): VirtualFile {
  const rows: string[] = [];
  for (let i = 0; i < 33_000; i++) {
    rows.push(i % 5000 === 2500 ? labelAd(`huge-ad-${i}`) : `<div class="r"><span>Row ${i}</span><i>${i % 97}</i></div>`);
  }
  // A known ad slot at the very end: the exact selectors always run, whatever the heuristics' budget.
  rows.push('<div id="div-gpt-ad-huge-end"></div>');
  return html(
    `${head('A very large page', LONG_TASK_PROBE)}<body><main><article>${story('huge', 'Ferry timetable extended after council vote')}</article>` +
      `<section id="rows">${rows.join('')}</section></main></body></html>`,
  );
}

/**
 * A chain of 5,000 nested elements, built by script (the HTML parser flattens nesting past a few
 * hundred levels), with an ad label at the bottom, before the content script's first pass. The
 * chain is not rendered (display: none): headless Chromium's renderer itself crashes laying out
 * 5,000 nested boxes, with or without the extension; the DOM walks are what this page is about.
 */
const deep =
  html(`${head('A deeply nested page', LONG_TASK_PROBE)}<body><main><article>${story('deep', 'Ferry timetable extended after council vote')}</article>
<div id="deep-root" style="display:none"></div></main>
<script>
  let at = document.getElementById('deep-root');
  for (let i = 0; i < 5000; i++) { const d = document.createElement('div'); at.append(d); at = d; }
  at.innerHTML = ${JSON.stringify(labelAd('deep-ad'))};
</script></body></html>`);

/** Served with `Content-Security-Policy: style-src 'none'; script-src 'none'`: the page may inject no style or script. */
const csp: VirtualFile = {
  ...html(
    `${head('Strict page')}<body><main><article>${story('csp', 'Ferry timetable extended after council vote')}` +
      `<div id="div-gpt-ad-csp-1"></div></article></main></body></html>`,
  ),
  headers: { 'content-security-policy': "style-src 'none'; script-src 'none'" },
};

/** Markup as text (escaped) and javascript: links in every field the popup shows. */
const IMG = (n: number): string => `&lt;img src=x onerror="window.__pwned=${n}"&gt;`;
const hostile = html(
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="og:type" content="article">` +
    `<title>Ferry ${IMG(1)} vote | The Example Times</title>` +
    `<meta name="description" content="The council voted ${IMG(2)} to keep the ferry running <script>window.__pwned=3</script> all winter.">` +
    `<meta property="og:site_name" content="Example ${IMG(4)} Times">` +
    `<meta name="author" content="Ana ${IMG(5)} Ruiz"></head><body><main><article>` +
    `<h1>Ferry <a href="javascript:window.__pwned=6">timetable</a> ${IMG(7)} extended after council vote</h1>` +
    `<p class="byline">By <a rel="author" href="javascript:window.__pwned=8">Ana ${IMG(9)} Ruiz</a></p>` +
    `<p class="standfirst">The island's only ferry ${IMG(10)} will keep its winter timetable <a href="javascript:window.__pwned=11">until May</a>, the council decided.</p>` +
    `${paragraphs(`The vote ${IMG(12)}`, 7)}</article></main></body></html>`,
);

/**
 * The site's on-demand UI (src/core/on-demand-ui.ts): a sign-in panel the site's stylesheet keeps
 * out of sight until "Sign in" is clicked (harpers.org.justice's), and a feedback form on screen
 * from the start, as where the site's stylesheet did not load (phys.org.tool's).
 */
const onDemand = html(
  `${head('Ferry timetable', '<style>.css-9p8o7i { display: none } .css-9p8o7i.css-open { display: block }</style>')}<body>` +
    `<header><a id="sign-in" href="#">Sign in</a><div class="css-9p8o7i" id="panel"><p>Sign in to access The Example Review</p>` +
    `<a href="#">Close X</a><form><label for="u">Email address</label><input type="email" id="u"><label for="pw">Password</label>` +
    `<input type="password" id="pw"><input type="submit" value="Sign in"></form><p>Forgot your password?</p></div></header>` +
    `<main><article>${story('on-demand', 'Ferry timetable extended after council vote')}</article>` +
    `<div id="feedback"><h5>What do you think about this particular story?</h5><p>Your feedback will go directly to the editors.</p>` +
    `<form><textarea name="message"></textarea><button type="submit">Send Feedback</button></form></div></main>` +
    `<script>document.getElementById('sign-in').addEventListener('click', (e) => { e.preventDefault(); ` +
    `document.getElementById('panel').classList.add('css-open'); });</script></body></html>`,
);

export function robustnessPages(): Record<string, VirtualFile> {
  return {
    [ROBUST.lateRender]: lateRender,
    [ROBUST.spaStart]: spa,
    [ROBUST.stream]: stream,
    [ROBUST.huge]: hugePage(),
    [ROBUST.deep]: deep,
    [ROBUST.csp]: csp,
    [ROBUST.hostile]: hostile,
    [ROBUST.onDemand]: onDemand,
  };
}
