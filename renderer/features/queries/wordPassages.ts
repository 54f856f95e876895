/**
 * Whether a passage holds a word as the word-frequency query counts it: words found by
 * Intl.Segmenter in the query's language, lower-cased, with ’ read as ' (as core/framework/
 * wordFrequency.ts does), so the passages shown for a word are the ones it was counted in.
 */
export function containsWord(text: string, word: string, language: string): boolean {
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  for (const piece of segmenter.segment(text)) {
    if (piece.isWordLike && piece.segment.toLocaleLowerCase(language).replace(/’/g, "'") === word) return true;
  }
  return false;
}

export const languages: { value: string; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'de', label: 'Deutsch' },
  { value: 'fr', label: 'Français' },
  { value: 'es', label: 'Español' },
  { value: 'nl', label: 'Nederlands' },
  { value: 'it', label: 'Italiano' },
  { value: 'pt', label: 'Português' },
  { value: 'he', label: 'עברית' },
  { value: 'zh', label: '中文' },
];
