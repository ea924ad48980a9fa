import { forMatching } from '../confusables';
import { FEEDBACK_FORM_MAX_CHARS, commentFormWords, feedbackFormWords } from '../rules/promos';
import { textOf } from '../text';
import type { Candidate } from '../types';
import { climb, inSiteChrome, type DetectContext } from './context';

/** Forms with a message box on an article page: a handful (comments, contact, feedback). */
const MAX_MESSAGE_BOXES = 20;

/**
 * Feedback-to-the-editors forms: the small box around a message field whose words ask for the
 * reader's feedback on the story (phys.org.tool's modal 'What do you think about this particular
 * story? … Send Feedback'; yna_co_kr's 'Send Feedback / How can we improve?'). A comment form is
 * never one, whatever it says: its words name comments or replies, and the climb stops short of
 * any box with a password field, a headline or an article in it.
 */
export function feedbackForms(ctx: DetectContext, out: Candidate[]): void {
  const boxes = ctx.query('textarea').slice(0, MAX_MESSAGE_BOXES);
  const seen: Element[] = [];
  for (const field of boxes) {
    if (ctx.timeUp()) break;
    if (seen.some((box) => box.contains(field)) || inSiteChrome(field)) continue;
    const box = climb(
      field,
      (c) => textOf(c).length <= FEEDBACK_FORM_MAX_CHARS && !c.querySelector('h1, article, nav, input[type="password"]'),
      ctx,
    );
    const text = forMatching(textOf(box));
    if (box === field || !feedbackFormWords.test(text) || commentFormWords.test(text)) continue;
    seen.push(box);
    out.push({ element: box, rule: 'feedback-form', reason: 'reason_promotion', params: [text.slice(0, 50)] });
  }
}
