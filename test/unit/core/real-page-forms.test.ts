import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/engine';
import { HIDDEN_ATTR } from '../../../src/core/marks';
import { page, paragraphs } from '../../helpers/page';

/**
 * Site forms on the news-labelled real pages (issue 9): feedback-to-the-editors forms, e-mail-this-
 * story forms and sign-up widgets with a plain text address field. Each fixture is modelled on the
 * page that needs it, with invented text and hashed class names; the traps beside them must stay.
 */
const article = (after: string): Document =>
  page({
    url: 'https://news.example.com/2026/03/04/council-approves-flood-barrier',
    body: `<main><article><h1>Council approves the flood barrier after long debate</h1>
      <div class="css-1xdhyk6" id="story">${paragraphs(8)}</div></article>${after}</main>`,
  });
const isHidden = (doc: Document, selector: string): boolean => !!doc.querySelector(selector)?.closest(`[${HIDDEN_ATTR}]`);

describe('feedback-to-the-editors forms', () => {
  /** phys.org.tool: a modal with its question, a message box, an address field and the thanks. */
  const modal = `<div class="css-2k3j4h" id="feedback"><div class="css-5g6f7d"><div class="css-8s9a0p">
    <h5>What do you think about this particular story?</h5><p>Your feedback will go directly to the Example News editors.</p>
    <button type="button" aria-label="Close"></button></div>
    <form class="css-1z2x3c" name="feedback" action="/api/feedback/1234/"><div><label for="m">Your message to the editors</label>
    <textarea id="m" name="comments"></textarea></div><div><label for="e">Your email (only if you want to be contacted back)</label>
    <input type="email" id="e" name="emailFrom"></div><button type="submit">Send Feedback</button>
    <div class="css-4v5b6n"><p>Thank you for taking your time to send in your opinion to our editors.</p>
    <p>We do not guarantee individual replies due to the high volume of correspondence.</p></div></form></div></div>`;
  /** yna_co_kr: a pop-up layer, 'Send Feedback / How can we improve?' over a message box. */
  const layer = `<form id="layer"><div class="css-7m8n9b"><div><span>Send Feedback</span><button type="button">Close</button></div>
    <div><strong>How can we improve?</strong><label for="f">Enter your feedback here. Don't include personal information.</label>
    <textarea id="f" name="content"></textarea><input type="submit" value="SUBMIT"></div>
    <div><strong>Thanks for your feedback!</strong><button>CLOSE</button></div></div></form>`;

  it('hides the modal under the story, its fine print with it (phys.org)', () => {
    const doc = article(modal);
    cleanDocument(doc);
    expect(isHidden(doc, '#feedback')).toBe(true);
    expect(isHidden(doc, '#story p')).toBe(false);
  });

  it('hides the pop-up layer (yna)', () => {
    const doc = article(layer);
    cleanDocument(doc);
    expect(isHidden(doc, '#layer')).toBe(true);
  });

  it('keeps a comment form, even one that asks for feedback', () => {
    const doc = article(`<div class="css-3d4f5g" id="comments"><h3>Leave a Reply</h3><p>We welcome your feedback on this story.</p>
      <form action="/wp-comments-post.php"><label>Comment</label><textarea name="comment"></textarea>
      <input type="text" name="author"><input type="text" name="email"><button type="submit">Post Comment</button></form></div>`);
    cleanDocument(doc);
    expect(isHidden(doc, '#comments')).toBe(false);
  });
});

describe('e-mail-this-story forms', () => {
  it("hides the dialog with the reader's and the recipient's address fields (ledevoir)", () => {
    const doc = article(`<div id="dialog" title="Envoyer cet article"><br>
      <div class="css-6h7j8k"><label for="a" class="css-0l9k8j">Votre courriel</label><input id="a" type="text" placeholder="Votre courriel"></div>
      <div class="css-6h7j8k"><label for="b" class="css-0l9k8j">Le courriel du destinataire</label><input id="b" type="text" placeholder="Le courriel du destinataire"></div>
      <div class="css-6h7j8k"><textarea id="c" placeholder="Commentaires"></textarea></div><button>Envoyer</button></div>`);
    cleanDocument(doc);
    expect(isHidden(doc, '#dialog')).toBe(true);
  });

  it('keeps a login box (a password) and a comment form (one address)', () => {
    const doc = article(`<form id="login"><input type="text" name="email" placeholder="Email"><input type="email" name="email2">
      <input type="password" name="pw"><button>Log in</button></form>
      <div id="reply"><input type="text" name="author"><input type="text" name="email"><textarea name="comment"></textarea></div>`);
    cleanDocument(doc);
    expect(isHidden(doc, '#login')).toBe(false);
    expect(isHidden(doc, '#reply')).toBe(false);
  });
});

describe('sign-up widgets with a text field named for the address', () => {
  it('hides the MailChimp widget in the side rail (breakingbelizenews)', () => {
    const doc = article(`<aside class="css-9o8i7u"><div class="css-1a2s3d" id="widget"><h3>GET ON THE LIST!</h3>
      <div><form method="post" action="#signup" id="signup"><div>Join our mailing list for the latest news!</div>
      <div><label for="mv">Email Address</label><input type="text" size="18" name="mc_mv_EMAIL" id="mv"></div>
      <div><label>Preferred Format</label><ul><li><input type="radio" name="t" value="html"><label>HTML</label></li>
      <li><input type="radio" name="t" value="text"><label>Text</label></li></ul></div>
      <input type="submit" value="SIGN UP"></form></div></div></aside>`);
    cleanDocument(doc);
    expect(isHidden(doc, '#widget')).toBe(true);
  });

  it('keeps a search form and a loose text field', () => {
    const doc =
      article(`<aside class="css-9o8i7u"><form id="search" action="/search"><input type="text" name="q"><button>Search</button></form>
      <div id="loose"><label>Your email</label><input type="text" name="user_email"></div></aside>`);
    cleanDocument(doc);
    expect(isHidden(doc, '#search')).toBe(false);
    expect(isHidden(doc, '#loose')).toBe(false);
  });
});
