/**
 * What the full-text index reads. SQLite's unicode61 tokenizer splits words at spaces and
 * punctuation, which is right for Hebrew, Latin and Cyrillic scripts but makes a whole
 * unspaced Chinese, Japanese or Thai sentence one "word". So runs of those scripts are cut
 * into words (Intl.Segmenter) and spaced out, for the index and for queries alike. Text
 * without such characters passes through untouched, which keeps indexing English cheap.
 */
const unspacedScripts = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
const hasUnspaced = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

let segmenter: Intl.Segmenter | null = null;

/** Whether the index needs a spaced-out copy of this text (see searchableText). */
export function needsSegmenting(text: string): boolean {
  return hasUnspaced.test(text);
}

export function searchableText(text: string): string {
  if (!hasUnspaced.test(text)) return text;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words = segmenter;
  return text.replace(unspacedScripts, (run) => {
    const parts: string[] = [];
    for (const piece of words.segment(run)) parts.push(piece.segment);
    return ` ${parts.join(' ')} `;
  });
}
