import { isClutterLabel } from '../locate/clutter-text';

/**
 * Page furniture in extracted text. Lines of the body are judged whole and anchored (a sentence
 * that merely mentions "an advertisement for the new law" is story); summary sentences are judged
 * more strictly, since a summary never needs to mention an ad, a newsletter or a link.
 */
const LINE = [
  /^(sign up|signup|subscribe|register)\b.{0,80}\b(newsletter|briefing|updates|alerts|emails?|free|today|now|here)\b/i,
  /^(get|receive) (our|the) .{0,60}\b(newsletter|briefing|alerts?)\b/i,
  /^(read more|read also|also read|see also|related( stories| articles| coverage)?|more on this( story)?|watch|listen|recommended)\s*[:|»›>]/i,
  /^(©|\(c\)|copyright\b)/i,
  /^(follow|like) (us|[\w.]+) on\b/i,
  /^(click|tap) here\b/i,
  /^(share|share this (article|story|page)|skip advertisement|scroll to continue|story continues below( the)? advertisement)\b/i,
  /^(already a subscriber|subscribe to (continue|read|unlock)|log ?in to (continue|read))\b/i,
];

const SENTENCE = [
  ...LINE,
  /\badvertisement\b/i,
  /\b(sign up|signup|subscribe)\b.{0,60}\b(newsletter|briefing|updates|alerts|emails?|free|today|now|here)\b/i,
  /\b(newsletter|briefing)\b.{0,60}\b(sign up|subscribe|inbox)\b/i,
  /\bread more\b/i,
  /\bclick here\b/i,
  /\b(follow|like) us on\b/i,
  /\b(all rights reserved|copyright ©|©\s*\d{4})/i,
  /\b(download|get) (the|our) [\w\s]{0,20}app\b/i,
  /\b(cookie policy|privacy policy|terms of (use|service))\b/i,
  /\b(share (this|on)|copy link|skip advertisement|scroll to continue|story continues below)\b/i,
  /^(image|photo|picture|video) (caption|credit|source)\b/i,
];

/** Whether a summary sentence or candidate point carries clutter text. */
export function isFurniture(text: string): boolean {
  return isClutterLabel(text) || SENTENCE.some((re) => re.test(text));
}

/** Whether a whole line of extracted body text is furniture (short lines only: sentences survive). */
export function isFurnitureLine(line: string): boolean {
  if (isClutterLabel(line)) return true;
  return line.length <= 200 && LINE.some((re) => re.test(line));
}
