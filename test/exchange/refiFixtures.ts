import { readFileSync } from 'node:fs';
import yazl from 'yazl';
import { openZipArchive } from '../../core/files/zipArchive';
import { sharedPath } from '../support/paths';

/** Test helpers for REFI-QDA files: real samples from /work/shared, and archives built here. */

export function sample(name: string): Uint8Array {
  return readFileSync(sharedPath('refi-samples', name));
}

/** A zip archive of the given entries (text is written as UTF-8). */
export function zipOf(entries: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) {
    zip.addBuffer(typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content), name);
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
}

/** The text of one entry of an archive. */
export async function entryText(archive: Uint8Array, name: string): Promise<string> {
  const zip = await openZipArchive(archive, 'test.qdpx');
  try {
    return (await zip.read(name)).toString('utf8');
  } finally {
    zip.close();
  }
}

export async function entryNames(archive: Uint8Array): Promise<string[]> {
  const zip = await openZipArchive(archive, 'test.qdpx');
  zip.close();
  return zip.entries.map((e) => e.name);
}

/** A project XML around `body`, with the standard namespace unless told otherwise. */
export function projectXml(body: string, rootAttrs = 'xmlns="urn:QDA-XML:project:1.0" name="Test" origin="Test 1.0"'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Project ${rootAttrs}>${body}</Project>`;
}

export const CODE_A = '5067d381-1dc9-4816-81dd-ae1dbfea2ad7';
export const CODE_B = '7142c1bf-1bbe-4073-88dd-ae1dbfec9f8f';
export const SOURCE_1 = 'c5e4c960-5296-4fde-8c63-deaba4e17f92';
export const USER_1 = '29518289-d0e3-447b-b7dd-ae1d8cd880a0';

export const codeBook = `<Users><User guid="${USER_1}" name="Sam Okafor" id="SO"/></Users><CodeBook><Codes>
  <Code guid="${CODE_A}" name="Barriers" isCodable="true" color="#ff0000"><Code guid="${CODE_B}" name="Cost" isCodable="true"/></Code>
</Codes></CodeBook>`;

/** A selection on SOURCE_1 coded with CODE_B. */
export function selectionXml(guid: string, start: number, end: number, name = ''): string {
  return `<PlainTextSelection guid="${guid}" name="${name}" startPosition="${start}" endPosition="${end}">` +
    `<Coding guid="${guid.slice(0, -4)}c0de" creatingUser="${USER_1}"><CodeRef targetGUID="${CODE_B}"/></Coding></PlainTextSelection>`;
}

/**
 * Byte-for-byte replacement inside an archive (local header and central directory alike),
 * for names yazl refuses to write, such as "../evil.txt". Same length keeps offsets valid.
 */
export function patchBytes(bytes: Uint8Array, from: string, to: string): Uint8Array {
  if (from.length !== to.length) throw new Error('patchBytes needs strings of equal length');
  const out = Buffer.from(bytes);
  const a = Buffer.from(from, 'utf8');
  const b = Buffer.from(to, 'utf8');
  let i = out.indexOf(a);
  if (i === -1) throw new Error(`${from} not found`);
  while (i !== -1) {
    b.copy(out, i);
    i = out.indexOf(a, i + 1);
  }
  return new Uint8Array(out);
}
