import { describe, expect, it } from 'vitest';
import { jsonLdArticle, metaContent } from '../../../src/core/locate/metadata';
import { ld, page } from '../../helpers/page';

describe('metaContent: the one <meta> reader', () => {
  it('reads property, name and itemprop, in any case', () => {
    const doc = page({
      head: '<meta property="OG:Title" content="A"><meta name="description" content="B"><meta itemprop="datePublished" content="2026-03-04">',
      body: '',
    });
    expect(metaContent(doc, 'og:title')).toBe('A');
    expect(metaContent(doc, 'DESCRIPTION')).toBe('B');
    expect(metaContent(doc, 'datepublished')).toBe('2026-03-04');
  });

  it('counts every key of a tag: RDFa lists and a tag with both property and name', () => {
    const doc = page({
      head: '<meta property="dc:creator twitter:site_name" content="Jane Doe"><meta property="og:title" name="title" content="Story">',
      body: '',
    });
    expect(metaContent(doc, 'twitter:site_name')).toBe('Jane Doe');
    expect(metaContent(doc, 'dc:creator')).toBe('Jane Doe');
    expect(metaContent(doc, 'title')).toBe('Story');
  });

  it('keeps the first non-empty value, tries keys in order, and sees tags added later', () => {
    const doc = page({ head: '<meta name="x" content="  "><meta name="x" content="first"><meta name="x" content="second">', body: '' });
    expect(metaContent(doc, 'missing', 'x')).toBe('first');
    expect(metaContent(doc, 'late')).toBeNull();
    const late = doc.createElement('meta');
    late.setAttribute('name', 'late');
    late.setAttribute('content', 'now');
    doc.head.append(late);
    expect(metaContent(doc, 'late')).toBe('now');
  });

  it('caps a hostile value', () => {
    const doc = page({ head: `<meta name="description" content="${'a'.repeat(50_000)}">`, body: '' });
    expect(metaContent(doc, 'description')?.length).toBe(2000);
  });
});

describe('jsonLdArticle', () => {
  it('finds the article inside @graph and skips bad JSON', () => {
    const doc = page({
      head: `<script type="application/ld+json">{bad</script>${ld({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle', headline: 'H' }] })}`,
      body: '',
    });
    expect(jsonLdArticle(doc)?.headline).toBe('H');
  });
});
