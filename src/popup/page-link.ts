import browser from '../shared/native-browser';
import type { PageReport, Request, SnapshotAnswer } from '../shared/messages';

/**
 * A failure with words for the status line (the popup shows it instead of throwing). The words
 * are loaded when it happens: ui-strings.ts brings the category registry, which the popup's first
 * module (popup.ts, this file included) leaves out.
 */
export class PageProblem extends Error {}

type Action = Exclude<Request, { type: 'tidy:report' } | { type: 'tidy:snapshot' }>;
type WithoutToken<T> = T extends unknown ? Omit<T, 'token'> : never;

/**
 * The popup's line to the document it was opened on. The first report's token goes with every
 * later request; the content script refuses a token that is not its current one, so after a
 * navigation the popup says so instead of acting on the new page's record N.
 */
export class PageLink {
  private token = '';

  constructor(private readonly tabId: number) {}

  /** The first report. Rejects (without words) when no content script answers: the caller explains. */
  async report(): Promise<PageReport> {
    const report = await browser.tabs.sendMessage<Request, PageReport | undefined>(this.tabId, { type: 'tidy:report' });
    if (!report?.token) throw new Error('no answer');
    this.token = report.token;
    return report;
  }

  /** An action on the page; the answer is the page's report after it. */
  async act(action: WithoutToken<Action>): Promise<PageReport> {
    const report = await this.send<PageReport>({ ...action, token: this.token } as Request);
    // The same document, analysed afresh while the action ran: the new report's ids are the valid ones.
    this.token = report.token;
    return report;
  }

  snapshot(): Promise<SnapshotAnswer> {
    return this.send<SnapshotAnswer>({ type: 'tidy:snapshot', token: this.token });
  }

  private async send<T>(request: Request): Promise<T> {
    let answer: unknown;
    try {
      answer = await browser.tabs.sendMessage(this.tabId, request);
    } catch {
      answer = undefined;
    }
    if (answer && typeof answer === 'object' && !('stale' in answer)) return answer as T;
    // No answer: the tab is gone, or shows a page without our content script (it navigated away).
    const { message } = await import('../shared/ui-strings');
    if (!answer && !(await browser.tabs.get(this.tabId).catch(() => null))) throw new PageProblem(message('popup_tab_closed'));
    throw new PageProblem(message('popup_page_changed'));
  }
}
