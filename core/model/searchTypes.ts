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
  /** Hits counted in the documents read; every hit when `totalIsExact`. */
  total: number;
  /** False when the list filled up before every matching document was read: `total` is then a lower bound. */
  totalIsExact: boolean;
  /** More hits exist than are listed. */
  truncated: boolean;
}
