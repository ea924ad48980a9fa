/**
 * The cleaned article body as Markdown (the popup's "Copy as Markdown"; pure DOM, so the CLI can
 * offer it too). Only structure readers paste elsewhere survives: headings, paragraphs, lists,
 * quotes, code, links and images with their alt text. Everything is read with textContent and
 * getAttribute, and page text is escaped, so a headline like "*Breaking*" stays literal.
 */

/** Characters that start Markdown syntax anywhere in a line. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~]/g;

/** Page text as literal Markdown text: inline syntax escaped, and a line that would read as a block. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    .replace(/^(\s*)([#+-]|\d+(?=[.)]))/, (_, space: string, mark: string) =>
      /\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
    );
}

/**
 * `href` resolved against the page: only http(s) and mailto survive (a javascript: or data: link
 * is dropped, its text kept), so pasting the Markdown never carries script.
 */
export function safeUrl(href: string | null, baseUrl: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), baseUrl);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** A URL inside `(…)`: spaces and parentheses encoded so the link stays one token. */
const linkTarget = (url: string): string => url.replace(/[ ()]/g, (c) => encodeURIComponent(c));

const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'DL']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'BUTTON', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA']);

/** Inline content of `node` as one line of Markdown (whitespace collapsed, as a browser renders it). */
function inline(node: Node, baseUrl: string): string {
  if (node.nodeType === 3) return escapeMarkdown((node.textContent ?? '').replace(/\s+/g, ' '));
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(tag)) return '';
  const inner = (): string => Array.from(el.childNodes, (c) => inline(c, baseUrl)).join('');
  switch (tag) {
    case 'BR':
      return '  \n';
    case 'IMG': {
      const src = safeUrl(el.getAttribute('src'), baseUrl);
      return src ? `![${escapeMarkdown(el.getAttribute('alt') ?? '')}](${linkTarget(src)})` : '';
    }
    case 'A': {
      const text = inner().trim();
      const href = safeUrl(el.getAttribute('href'), baseUrl);
      return href && text ? `[${text}](${linkTarget(href)})` : text;
    }
    case 'STRONG':
    case 'B':
      return wrap(inner(), '**');
    case 'EM':
    case 'I':
      return wrap(inner(), '_');
    case 'CODE':
      return codeSpan(el.textContent ?? '');
    default:
      return inner();
  }
}

/** `text` in a delimiter pair, with its outer spaces kept outside (Markdown needs them there). */
function wrap(text: string, mark: string): string {
  const m = /^(\s*)(.*?)(\s*)$/s.exec(text)!;
  return m[2] ? `${m[1]}${mark}${m[2]}${mark}${m[3]}` : text;
}

function codeSpan(text: string): string {
  const ticks = '`'.repeat(Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length)) + 1);
  return `${ticks}${text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text}${ticks}`;
}

const clean = (line: string): string =>
  line
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
const indent = (text: string, by: string): string => text.replace(/\n(?!\n)/g, `\n${by}`);

/** Block content of `el`: a list of Markdown blocks, to be joined by blank lines. */
function blocks(el: Element, baseUrl: string): string[] {
  const out: string[] = [];
  let line = '';
  const flush = (): void => {
    const text = clean(line);
    if (text) out.push(text);
    line = '';
  };
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType !== 1) {
      line += inline(child, baseUrl);
      continue;
    }
    const c = child as Element;
    const tag = c.tagName.toUpperCase();
    const heading = /^H([1-6])$/.exec(tag);
    if (SKIP.has(tag)) continue;
    if (heading) {
      flush();
      const text = clean(inline(c, baseUrl));
      if (text) out.push(`${'#'.repeat(Number(heading[1]))} ${text}`);
    } else if (tag === 'UL' || tag === 'OL') {
      flush();
      const list = listBlock(c, baseUrl);
      if (list) out.push(list);
    } else if (tag === 'BLOCKQUOTE') {
      flush();
      const quoted = blocks(c, baseUrl).join('\n\n');
      if (quoted) out.push(quoted.replace(/^/gm, '> ').replace(/^> $/gm, '>'));
    } else if (tag === 'PRE') {
      flush();
      const code = (c.textContent ?? '').replace(/\n$/, '');
      const fence = '`'.repeat(Math.max(3, ...Array.from(code.matchAll(/`{3,}/g), (m) => m[0].length + 1)));
      out.push(`${fence}\n${code}\n${fence}`);
    } else if (tag === 'HR') {
      flush();
      out.push('---');
    } else if (BLOCKS.has(tag) || tag === 'LI' || tag === 'TR' || tag === 'DT' || tag === 'DD') {
      flush();
      out.push(...blocks(c, baseUrl));
    } else {
      line += inline(c, baseUrl);
    }
  }
  flush();
  return out;
}

/** A list, its nested lists indented under their item (4 spaces: every Markdown reads that). */
function listBlock(list: Element, baseUrl: string): string {
  const ordered = list.tagName.toUpperCase() === 'OL';
  const start = Number(list.getAttribute('start')) || 1;
  const items = Array.from(list.children).filter((c) => c.tagName.toUpperCase() === 'LI');
  return items
    .map((li, i) => {
      const marker = ordered ? `${start + i}.` : '-';
      // An item of paragraphs is a loose item; text with a nested list stays a tight one.
      const body = blocks(li, baseUrl).join(li.querySelector(':scope > p') ? '\n\n' : '\n');
      return `${marker} ${indent(body, ' '.repeat(marker.length + 1))}`.trimEnd();
    })
    .filter((item) => item.length > 2)
    .join('\n');
}

/** `root`'s content as Markdown; links and images resolved against `baseUrl`. */
export function toMarkdown(root: Element, baseUrl: string): string {
  return blocks(root, baseUrl)
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
