import type { ZipArchive } from '../../files/zipArchive';
import { htmlToText } from './htmlText';

export interface DocxText {
  text: string;
  warnings: string[];
}

/**
 * A Word document's text. mammoth inflates the whole archive itself, so the caller must have
 * proved the archive safe (verifyAll) first. mammoth's complaints about unknown styles say
 * nothing a researcher can act on and are dropped; everything else is passed on.
 */
export async function readDocx(fileName: string, bytes: Uint8Array, archive: ZipArchive): Promise<DocxText> {
  await archive.verifyAll();
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Loaded on first use, in whichever thread reads Word files (the import's worker).
  const { default: mammoth } = await import('mammoth');
  const result = await mammoth.convertToHtml({ buffer });
  const { text, imageCount } = htmlToText(result.value, { collapseWhitespace: false });
  const warnings = result.messages
    .filter((m) => !/^Unrecognised (paragraph|run|table|numbering) style/i.test(m.message))
    .map((m) => `${fileName}: ${m.message}`);
  if (imageCount > 0) warnings.push(`${fileName}: ${imageCount} image(s) were left out; only text is imported.`);
  return { text, warnings };
}
