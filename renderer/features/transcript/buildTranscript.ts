import { $createMarkNode } from '@lexical/mark';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import type { Paragraph } from '../../../core/model/segments';

/**
 * Write the projection into the editor (inside editor.update): one paragraph per line, one
 * text node per segment, and segments covered by codings wrapped in a MarkNode whose ids are
 * those codings' ids (several ids = overlapping codings).
 */
export function $buildTranscript(text: string, paragraphs: readonly Paragraph[]): void {
  const root = $getRoot();
  root.clear();
  for (const p of paragraphs) {
    const paragraph = $createParagraphNode();
    for (const segment of p.segments) {
      const node = $createTextNode(text.slice(segment.start, segment.end));
      if (segment.ids.length === 0) {
        paragraph.append(node);
      } else {
        const mark = $createMarkNode(segment.ids.map(String));
        mark.append(node);
        paragraph.append(mark);
      }
    }
    root.append(paragraph);
  }
}
