import type { ArticleInfo } from '../core/extract/article-info';
import { reportForClipboard, type PageReport } from '../shared/messages';
import { message, withReasonText } from '../shared/ui-strings';
import { articleMarkdown, summaryText, type CopyWords } from './copy-text';
import { showStatus } from './headline';

/** What the copy buttons read when clicked: the popup's latest report, article and page copy. */
export interface CopySources {
  report(): PageReport;
  article(): ArticleInfo | null;
  pageCopy(): Document | null;
}

const WORDS: CopyWords = {
  heading: (key) => message(key),
  byline: (byline) => message('popup_byline', [byline]),
  page: (url) => message('popup_page_url', [url]),
  published: (date) => message('popup_published', [date]),
};

/** Not an error: the article is still being extracted (the status line says to try again). */
class NotReady extends Error {}

/**
 * Copy summary, Copy as Markdown and Copy report. Each writes plain text to the clipboard; a
 * clipboard that refuses (the popup lost focus, a browser setting) is said in the status line,
 * never swallowed. The button says "Copied" for a moment, then its own name again.
 */
export function wireCopyButtons(from: CopySources): void {
  const needArticle = (): ArticleInfo => {
    const article = from.article();
    if (!article) throw new NotReady();
    return article;
  };
  const copies: Record<string, () => Promise<string>> = {
    'copy-summary': () => Promise.resolve(summaryText(needArticle(), from.report().url, WORDS)),
    'copy-markdown': async () => {
      const article = needArticle();
      const doc = from.pageCopy();
      // Readability on the cleaned copy is loaded with extraction (article.ts), run on this click only.
      const body = doc ? (await import('./article')).articleBody(doc) : null;
      return articleMarkdown(article, body, from.report().url, WORDS);
    },
    'copy-report': () => Promise.resolve(JSON.stringify(reportForClipboard(withReasonText(from.report())), null, 2)),
  };
  for (const [id, make] of Object.entries(copies)) {
    const button = document.getElementById(id) as HTMLButtonElement;
    let timer: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', () => {
      void (async () => {
        try {
          await navigator.clipboard.writeText(await make());
        } catch (error) {
          return showStatus(error instanceof NotReady ? message('popup_copy_not_ready') : message('popup_copy_failed', [String(error)]));
        }
        button.textContent = message('popup_copied');
        clearTimeout(timer);
        timer = setTimeout(() => (button.textContent = message(button.dataset.i18n!)), 1500);
      })();
    });
  }
}
