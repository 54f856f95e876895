/** Full-text search results: each hit with a little context, to show and to jump to. */
export interface SearchHit {
  documentId: number;
  title: string;
  /** UTF-16 offsets of the matched words in the document's text. */
  start: number;
  end: number;
  before: string;
  match: string;
  after: string;
}

export interface SearchResult {
  query: string;
  hits: SearchHit[];
  /** Documents that matched. */
  documents: number;
  /** Hits found before the limit cut the list. */
  total: number;
  truncated: boolean;
}
