import { describe } from 'vitest';
import { inlineRelatedLead, inlineRelatedWords, relatedHeadingWords, relatedRules } from '../../../../src/core/rules/related';
import { checkPatterns } from '../../../helpers/pattern-examples';

const { labels } = relatedRules;

describe('related-story patterns', () => {
  checkPatterns({
    relatedHeading: {
      pattern: labels.relatedHeading,
      match: [
        'Read more',
        'Related stories:',
        'More from Pinpoint Denver',
        "Editor's picks",
        'Most read',
        'Recommended for you',
        'Live updates',
        'Empfehlungen der Redaktion',
      ],
      noMatch: [
        'Read more about the council vote. It passed.',
        'The related costs rose',
        'Most of the residents agreed',
        'More than 4,000 homes were flooded.',
      ],
    },
    relatedHeadingOtherLanguages: {
      pattern: labels.relatedHeadingOtherLanguages,
      match: [
        'Lire aussi',
        'Mehr zum Thema',
        'Lee también:',
        'Leia também',
        'Lees ook',
        'Leggi anche',
        '많이 본 뉴스',
        '関連記事',
        '相关阅读',
        'اقرأ أيضا',
        'Baca juga',
        'Läs mer',
        'Mest lest',
        'Læs også',
        'Lue myös',
        "Axios's top stories",
      ],
      noMatch: [
        'Lire aussi notre enquête. Elle a duré un an.',
        'Das Thema bewegt die Stadt.',
        'The council met on Tuesday.',
        '関連する議論は続いている。',
      ],
    },
    externalLinksNote: {
      pattern: labels.externalLinksNote,
      match: [
        'The BBC is not responsible for the content of external sites.',
        'The BBC is not responsible for the content of external websites',
      ],
      noMatch: ['The council is not responsible for the flood.', 'External sites are listed below.'],
    },
    relatedHeadingWords: {
      pattern: relatedHeadingWords,
      match: [
        'More Pinpoint Denver stories',
        'Popular on npr',
        'Most Read Politics',
        'Meistgelesen',
        'الأكثر قراءة',
        'ランキング',
        '많이 본',
      ],
      noMatch: ['Ferry timetable extended', 'Council votes on budget', 'Weather'],
    },
    inlineRelatedWords: {
      pattern: inlineRelatedWords,
      match: ['Read more: the council vote', 'Lire aussi', 'From the archives', 'Baca juga'],
      noMatch: ['The council read the report', 'Also on Tuesday'],
    },
    inlineRelatedLead: {
      pattern: inlineRelatedLead,
      match: ['Lire aussi (abonnés) | La réforme expliquée', 'READ MORE: Council votes', 'Related: the pier', 'Leia também » A nova lei'],
      noMatch: ['Read more about it in the report', 'Related costs rose: 4%'],
    },
  });
});
