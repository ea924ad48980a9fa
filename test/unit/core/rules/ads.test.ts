import { describe } from 'vitest';
import { adLabelWithAdvertiser, adRules, sponsoredBlockLabel } from '../../../../src/core/rules/ads';
import { checkPatterns } from '../../../helpers/pattern-examples';

const { labels } = adRules;

describe('ad patterns', () => {
  checkPatterns({
    adLabel: {
      pattern: labels.adLabel,
      match: ['Advertisement', 'ADVERTISING', 'Ad', 'Sponsored content:', 'Paid post'],
      noMatch: ['Advertisement for the new law', 'Adults only', 'An ad campaign ran for weeks.'],
    },
    continuesBelow: {
      pattern: labels.continuesBelow,
      match: ['Story continues below advertisement', 'Article continues after this ad', 'Story continues below'],
      noMatch: ['The story continues below the fold of the paper.', 'Story continues'],
    },
    affiliateDisclosure: {
      pattern: labels.affiliateDisclosure,
      match: [
        'We may earn a commission when you buy through links on our site.',
        'This site may receive a share of sales from products linked here.',
      ],
      noMatch: ['The council may earn money from the pier.', 'Residents may receive a refund.'],
    },
    adControl: {
      pattern: labels.adControl,
      match: ['Ad feedback', 'Report this ad', 'Skip advertisement', 'Close ad', 'Remove ads'],
      noMatch: ['Skip to content', 'Feedback', 'Report a problem with this article'],
    },
    sponsorLine: {
      pattern: labels.sponsorLine,
      match: ['Supported by', 'Presented by', 'Paid for by'],
      noMatch: ['Supported by the council, the plan passed.', 'Presented'],
    },
    adLabelOtherLanguages: {
      pattern: labels.adLabelOtherLanguages,
      match: [
        'Anzeige',
        'Werbung:',
        'Publicité',
        'Publicidad',
        'Pubblicità',
        'Advertentie',
        'Reklama',
        'Реклама',
        'Mainos',
        'Annons',
        'Publicidade',
        'إعلان',
        '广告',
        '広告',
        '광고',
        'विज्ञापन',
      ],
      noMatch: ['Anzeigen der Stadt zeigen den Plan', 'La publicité a augmenté cette année.', 'Advertisement'],
    },
    sponsoredBlockLabel: {
      pattern: sponsoredBlockLabel,
      match: [
        'Sponsored',
        'Especial Publicidad',
        'Contenus sponsorisés',
        'Verlagsangebote',
        'Gesponsord',
        'Contenuti sponsorizzati',
        'スポンサー',
        'Annons från Bilia',
        'Sponsoreret',
        'Paid partner content',
      ],
      noMatch: ['Sponsored by the council, the pier reopens', 'Deals were struck in the night.', 'Partner'],
    },
    adLabelWithAdvertiser: {
      pattern: adLabelWithAdvertiser,
      match: ['Anzeige: Volkswagen', 'Sponsored: Acme Travel', 'Publicidad: Banco Uno'],
      noMatch: ['Advertisement: the new law bans billboards. It passed.', 'Anzeige', 'Anzeige: '],
    },
  });
});
