import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
import { codedSegments } from '../coding/codedSegments';
import type { WordCount } from '../model/frameworkTypes';
import { stopWordsFor } from './stopWords';

/**
 * The most frequent words of a code's passages (or of documents), without the language's stop
 * words ("the", "und", "של"...). Words are found with Intl.Segmenter, so Chinese and Thai work.
 */
export function wordFrequency(
  file: ProjectFile,
  input: { codeId?: number | undefined; documentIds?: number[] | undefined; language?: string | undefined; limit?: number | undefined },
): WordCount[] {
  const language = input.language ?? 'en';
  const texts =
    input.codeId !== undefined
      ? codedSegments(file, { codeId: input.codeId, includeChildren: true, ...(input.documentIds ? { documentIds: input.documentIds } : {}) }).map((s) => s.text)
      : (input.documentIds ?? (statement(file.sqlite, 'SELECT id FROM documents').all() as { id: number }[]).map((d) => d.id)).map(
          (id) => (statement(file.sqlite, 'SELECT text FROM documents WHERE id = ?').get(id) as { text: string } | undefined)?.text ?? '',
        );
  const stop = stopWordsFor(language);
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const piece of segmenter.segment(text)) {
      if (!piece.isWordLike) continue;
      const word = piece.segment.toLocaleLowerCase(language).replace(/’/g, "'");
      if (word.length < 2 || stop.has(word) || /^\d+$/.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
    .slice(0, input.limit ?? 100);
}
