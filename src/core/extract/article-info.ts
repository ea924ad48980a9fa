/** What the popup and `tidy-news extract` show about an article. */
type SummaryKind = 'key-points' | 'standfirst' | 'description' | 'extractive' | 'none';

/** The publisher's own summary: its key points, its standfirst (dek), or the page's meta description. */
export interface PublisherSummary {
  kind: 'key-points' | 'standfirst' | 'description';
  points: string[];
}

/** The popup's summary: the publisher's words first, then key sentences of the story. */
export interface ArticleSummary {
  /** What the summary opens with: the publisher's kind, else 'extractive' (story only), else 'none'. */
  kind: SummaryKind;
  publisher: PublisherSummary | null;
  /** Whole sentences of the article body, in story order. */
  story: string[];
}

export interface ArticleInfo {
  title: string | null;
  byline: string | null;
  /** ISO 8601, as the page states it. */
  published: string | null;
  siteName: string | null;
  lang: string | null;
  image: string | null;
  summary: ArticleSummary;
  text: string;
  wordCount: number;
  readingMinutes: number;
  /**
   * The page's own short description (meta/JSON-LD description, else the body's first paragraph):
   * what Readability calls the excerpt. The popup shows `summary`; this is for the CLI and bench.
   */
  excerpt?: string | null;
  /** Where the title came from: the visible headline, or which metadata when there is none. */
  titleSource?: 'visible' | 'json-ld' | 'og' | 'twitter' | 'title' | 'readability' | null;
  /** Where the body came from: Readability on the cleaned copy, or the located prose blocks. */
  bodySource?: 'readability' | 'located' | 'none';
}
