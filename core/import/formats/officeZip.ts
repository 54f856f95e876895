import type { ZipArchive } from '../../files/zipArchive';

/** What kind of document a zip-based file is, from the parts it holds. */
export type ZipDocumentKind = 'docx' | 'odt' | 'xlsx' | 'pptx' | 'ods' | 'odp' | 'epub' | 'other-odf' | 'zip';

export async function identifyZipDocument(archive: ZipArchive): Promise<ZipDocumentKind> {
  if (archive.has('word/document.xml')) return 'docx';
  if (archive.has('xl/workbook.xml')) return 'xlsx';
  if (archive.has('ppt/presentation.xml')) return 'pptx';
  if (archive.has('mimetype')) {
    const entry = archive.entries.find((e) => e.name === 'mimetype');
    // The mimetype part is a one-line string; anything large is not what it claims.
    if (entry && entry.declaredSize < 200) {
      const mime = (await archive.read('mimetype')).toString('utf8').trim();
      if (mime === 'application/vnd.oasis.opendocument.text') return 'odt';
      if (mime === 'application/vnd.oasis.opendocument.spreadsheet') return 'ods';
      if (mime === 'application/vnd.oasis.opendocument.presentation') return 'odp';
      if (mime === 'application/epub+zip') return 'epub';
      if (mime.startsWith('application/vnd.oasis.opendocument')) return 'other-odf';
    }
  }
  return 'zip';
}

export function describeZipKind(kind: ZipDocumentKind): string {
  switch (kind) {
    case 'docx':
      return 'a Word document (.docx)';
    case 'odt':
      return 'a LibreOffice/OpenDocument text (.odt)';
    case 'xlsx':
      return 'an Excel spreadsheet';
    case 'pptx':
      return 'a PowerPoint presentation';
    case 'ods':
      return 'an OpenDocument spreadsheet';
    case 'odp':
      return 'an OpenDocument presentation';
    case 'epub':
      return 'an e-book (EPUB)';
    case 'other-odf':
      return 'an OpenDocument file that is not a text document';
    case 'zip':
      return 'a zip archive';
  }
}
