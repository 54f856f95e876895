import { PROJECT_EXTENSION } from './projectFileArgs';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export const PROJECT_FILTERS: FileFilter[] = [{ name: 'Coherence project', extensions: ['coherence'] }];

const DOCUMENT_EXTENSIONS = ['txt', 'md', 'docx', 'odt', 'rtf', 'pdf', 'vtt', 'srt', 'html', 'htm'];
const ATTRIBUTE_EXTENSIONS = ['csv', 'xlsx'];

/** The first filter is the one a dialog shows first: everything Coherence can import. */
export const IMPORT_FILTERS: FileFilter[] = [
  { name: 'All supported files', extensions: [...DOCUMENT_EXTENSIONS, ...ATTRIBUTE_EXTENSIONS] },
  { name: 'Transcripts and documents', extensions: DOCUMENT_EXTENSIONS },
  { name: 'Participant attributes (CSV, Excel)', extensions: ATTRIBUTE_EXTENSIONS },
];

/** A save dialog may hand back "Pilot study" without the extension; projects always carry it. */
export function withProjectExtension(file: string): string {
  return file.toLowerCase().endsWith(PROJECT_EXTENSION) ? file : `${file}${PROJECT_EXTENSION}`;
}
