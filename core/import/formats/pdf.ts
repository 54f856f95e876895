import { createRequire } from 'node:module';
import path from 'node:path';
import { getEnvironmentData, setEnvironmentData } from 'node:worker_threads';
import { AppError } from '../../model/errors';

/**
 * A PDF's text layer, read with pdf.js (the legacy build, which runs in Node). Text items are
 * joined into lines by their end-of-line flags and baselines; a wide vertical gap starts a new
 * paragraph, and pages are separated by a blank line. A PDF with no text at all is a scan and
 * is refused: Coherence does not do OCR.
 */
export interface PdfText {
  text: string;
  pageCount: number;
}

interface TextItemLike {
  str: string;
  hasEOL: boolean;
  transform: number[];
  width: number;
  height: number;
}

/**
 * Folders pdf.js reads while it works: character maps (for CID-keyed fonts, e.g. CJK text) and
 * the data of standard fonts a PDF names without embedding them.
 */
export interface PdfjsAssets {
  cMapDir: string;
  standardFontDir: string;
}

const ASSETS_KEY = 'coherence:pdfjs-assets';

/**
 * Take pdf.js's assets from these folders instead of node_modules/pdfjs-dist (a bundled app
 * has no node_modules and ships them as resources). Process-wide, like pdf.js itself: kept as
 * worker environment data, so the import's worker threads started afterwards inherit it.
 */
export function setPdfjsAssets(assets: PdfjsAssets): void {
  setEnvironmentData(ASSETS_KEY, { cMapDir: assets.cMapDir, standardFontDir: assets.standardFontDir });
}

let installedAssets: PdfjsAssets | undefined;

/** Resolved on first use, not at module load, so a bundle that is given the folders never looks in node_modules. */
function pdfjsAssets(): PdfjsAssets {
  const given = getEnvironmentData(ASSETS_KEY) as PdfjsAssets | undefined;
  if (given) return given;
  if (!installedAssets) {
    const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    installedAssets = { cMapDir: path.join(root, 'cmaps'), standardFontDir: path.join(root, 'standard_fonts') };
  }
  return installedAssets;
}

async function loadPdfjs() {
  // pdf.js builds a DOMMatrix as it loads, and Node has none. It borrows @napi-rs/canvas's when
  // it can require that (native) package at run time, which a bundled app cannot. That class
  // lives in the package's pure-JavaScript geometry module: the same class, and all text needs.
  const holder = globalThis as { DOMMatrix?: unknown; pdfjsWorker?: unknown };
  // @ts-expect-error the geometry module has no type declarations (the package's index.d.ts covers its main module only)
  holder.DOMMatrix ??= ((await import('@napi-rs/canvas/geometry.js')) as { DOMMatrix: unknown }).DOMMatrix;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // Under Node pdf.js runs its "worker" on this thread and would import it by a path computed at
  // run time, which a bundler cannot follow. Handing it the module keeps that import static.
  // @ts-expect-error pdf.js ships no type declarations for its worker module (nothing of it is used here but the module itself)
  holder.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return pdfjs;
}

export async function readPdf(fileName: string, bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await loadPdfjs();
  const assets = pdfjsAssets();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given; the caller keeps the original.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    // pdf.js wants a trailing '/' (on Windows too) and appends file names to it.
    cMapUrl: `${assets.cMapDir}/`,
    cMapPacked: true,
    standardFontDataUrl: `${assets.standardFontDir}/`,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') {
      throw new AppError('unsupported-format', `${fileName} is password-protected; remove the password (or export an unprotected copy) and import that.`);
    }
    throw new AppError('bad-file', `${fileName} is damaged or is not a PDF (${e instanceof Error ? e.message : String(e)}).`);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(joinItems(content.items.filter((i): i is TextItemLike & typeof i => 'str' in i)));
      page.cleanup();
    }
    const text = pages.filter((p) => p.trim().length > 0).join('\n\n');
    if (text.trim().length === 0) {
      throw new AppError(
        'unsupported-format',
        `${fileName} has no text layer (it looks like a scanned image); run OCR first or import a Word/text version.`,
      );
    }
    return { text, pageCount: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

/** One page's items to lines: a new line on hasEOL or a change of baseline, a space for a gap. */
function joinItems(items: TextItemLike[]): string {
  let out = '';
  let lastY: number | undefined;
  let lastEndX = 0;
  let lastHeight = 0;
  let brokeLine = true;
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const height = Math.abs(item.height) || Math.abs(item.transform[3] ?? 0) || lastHeight;
    if (lastY !== undefined && !brokeLine && Math.abs(y - lastY) > Math.max(height, lastHeight) * 0.5) {
      out += '\n';
      brokeLine = true;
    }
    if (brokeLine && lastY !== undefined && out.length > 0 && Math.abs(lastY - y) > Math.max(height, lastHeight) * 1.8) {
      // A gap of more than a line and a half between baselines: a new paragraph.
      if (!out.endsWith('\n\n')) out += '\n';
    }
    if (item.str.length > 0) {
      const gap = x - lastEndX;
      if (!brokeLine && gap > height * 0.15 && !/\s$/.test(out) && !/^\s/.test(item.str)) out += ' ';
      out += item.str;
      brokeLine = false;
      lastY = y;
      lastEndX = x + item.width;
      lastHeight = height || lastHeight;
    }
    if (item.hasEOL) {
      if (!brokeLine) out += '\n';
      brokeLine = true;
      lastY = y;
    }
  }
  return out
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
