export interface CliArgs {
  command: string | null;
  files: string[];
  url: string | null;
  json: boolean;
  help: boolean;
  error: string | null;
}

/** `tidy-news <command> FILE... [--url URL] [--json]`; options may come anywhere. */
export function parseArgs(argv: string[]): CliArgs {
  const out: CliArgs = { command: null, files: [], url: null, json: false, help: false, error: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') out.help = true;
    else if (a === '--json') out.json = true;
    else if (a === '--url' || a.startsWith('--url=')) {
      const v = a.startsWith('--url=') ? a.slice(6) : argv[++i];
      if (!v) out.error = '--url needs a value';
      else out.url = v;
    } else if (a === '--') {
      out.files.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') out.error = `unknown option ${a}`;
    else if (!out.command) out.command = a;
    else out.files.push(a);
  }
  if (out.url) {
    try {
      new URL(out.url);
    } catch {
      out.error = `--url: not a URL: ${out.url}`;
    }
  }
  return out;
}

export const USAGE = `Usage:
  tidy-news extract FILE... [--url URL] [--json]
      The article's headline, byline, date, site, language, lead image, summary,
      text, word count and reading time, as the extension's popup shows them.
  tidy-news clean FILE... [--url URL] [--json]
      What the clutter engine hides on the page, by category and with reasons,
      what its guard refused to hide, and the article text that stays visible.

Options:
  --url URL   the page's address (default: the file's file:// URL)
  --json      one JSON object per page, one per line
  -h, --help  this text

Files are decoded as a browser would: byte-order mark, then <meta charset>, then UTF-8.
Exit code 1 when any file failed; the other files are still processed.`;
