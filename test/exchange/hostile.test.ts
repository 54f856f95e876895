import { describe, expect, it } from 'vitest';
import { readQdc, readQdpx } from '../../core/exchange';
import { AppError } from '../../core/model/errors';
import { codeBook, projectXml, patchBytes, SOURCE_1, zipOf } from './refiFixtures';

/**
 * Files built to hurt: each is refused as a whole with an AppError that says what is wrong,
 * and no project comes back half-read.
 */
async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected the file to be refused');
}

const withSource = (path: string): string =>
  projectXml(`${codeBook}<Sources><TextSource guid="${SOURCE_1}" name="Interview" plainTextPath="${path}"/></Sources>`);

describe('hostile REFI-QDA files', () => {
  it('refuses an archive entry that climbs out of the archive (zip slip)', async () => {
    const zip = await zipOf({ 'project.qde': withSource('internal://evil.txt'), 'xx/evil.txt': 'owned' });
    const e = await refusal(readQdpx('slip.qdpx', patchBytes(zip, 'xx/evil.txt', '../evil.txt')));
    expect(e.code).toBe('unsafe-file');
    expect(e.message).toMatch(/^slip\.qdpx contains a file path that points outside the archive/);
  });

  it('refuses an absolute entry name', async () => {
    const zip = await zipOf({ 'project.qde': withSource('internal://passwd'), 'xetc/passwd': 'root:x:0:0' });
    const e = await refusal(readQdpx('abs.qdpx', patchBytes(zip, 'xetc/passwd', '/etc/passwd')));
    expect(e.code).toBe('unsafe-file');
    expect(e.message).toContain('points outside the archive');
  });

  it('refuses a zip bomb before unpacking it', async () => {
    const bomb = new Uint8Array(50 * 1024 * 1024); // 50 MB of zeros packs to ~50 kB
    const zip = await zipOf({ 'project.qde': withSource(`internal://${SOURCE_1}.txt`), [`sources/${SOURCE_1}.txt`]: bomb });
    expect(zip.length).toBeLessThan(200_000);
    const e = await refusal(readQdpx('bomb.qdpx', zip));
    expect(e.code).toBe('unsafe-file');
    expect(e.message).toMatch(/^bomb\.qdpx: the part "sources\/.*\.txt" unpacks to \d+ times its packed size \(a "zip bomb"\)/);
  });

  it('refuses a project XML larger than its budget', async () => {
    const zip = await zipOf({ 'project.qde': withSource('internal://x.txt') });
    const e = await refusal(readQdpx('big.qdpx', zip, { limits: { maxXmlBytes: 100 } }));
    expect(e.code).toBe('file-too-large');
    expect(e.message).toContain('the part "project.qde" is');
  });

  it('refuses a DOCTYPE with entities (billion laughs), in an archive, a bare .qde and a .qdc', async () => {
    const laughs =
      '<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' +
      '<Project xmlns="urn:QDA-XML:project:1.0" name="&lol2;"/>';
    const zipped = await refusal(readQdpx('laughs.qdpx', await zipOf({ 'project.qde': laughs })));
    expect(zipped.code).toBe('unsafe-file');
    expect(zipped.message).toMatch(/^"project\.qde" in laughs\.qdpx contains a DOCTYPE or ENTITY declaration/);
    const bare = await refusal(readQdpx('laughs.qde', new TextEncoder().encode(laughs)));
    expect(bare.message).toMatch(/^laughs\.qde contains a DOCTYPE/);
  });

  it('refuses an external entity (XXE) that would read a file from disk', async () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE CodeBook [<!ENTITY x SYSTEM "file:///etc/passwd">]><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="5067d381-1dc9-4816-81dd-ae1dbfea2ad7" name="&x;" isCodable="true"/></Codes></CodeBook>';
    const e = await refusal(readQdc('xxe.qdc', new TextEncoder().encode(xxe)));
    expect(e.code).toBe('unsafe-file');
    expect(e.message).toContain('can be used to read other files');
  });

  it('refuses invalid UTF-8 in the project XML, naming the file, the part and the line', async () => {
    const xml = new TextEncoder().encode(withSource('internal://x.txt'));
    const bad = new Uint8Array([...xml.subarray(0, 60), 0xc3, 0x28, ...xml.subarray(60)]);
    const e = await refusal(readQdpx('latin.qdpx', await zipOf({ 'project.qde': bad })));
    expect(e.code).toBe('bad-file');
    expect(e.message).toMatch(/^"project\.qde" in latin\.qdpx is not valid UTF-8 text: the bytes at line 2 \(byte 60\)/);
  });

  it('refuses invalid UTF-8 in a text source, naming it', async () => {
    const zip = await zipOf({
      'project.qde': withSource(`internal://${SOURCE_1}.txt`),
      [`sources/${SOURCE_1}.txt`]: new Uint8Array([0x48, 0x69, 0x0a, 0xff, 0xfe, 0x41]),
    });
    const e = await refusal(readQdpx('study.qdpx', zip));
    expect(e.code).toBe('bad-file');
    expect(e.message).toBe(
      `"sources/${SOURCE_1}.txt" in study.qdpx is not valid UTF-8 text: the bytes at line 2 (byte 3) are not a character. ` +
        'The file may be damaged, or the program that wrote it used another encoding.',
    );
  });

  it('refuses XML that is not well-formed, with the line', async () => {
    const e = await refusal(readQdpx('broken.qde', new TextEncoder().encode('<Project name="x">\n<Users><User guid="1"></Users></Project>')));
    expect(e.code).toBe('bad-file');
    expect(e.message).toMatch(/^broken\.qde is not well-formed XML \(line 2: Expected closing tag 'User'/);
  });

  it('refuses absurdly deep nesting', async () => {
    const deep = `${'<Code guid="5067d381-1dc9-4816-81dd-ae1dbfea2ad7" name="x" isCodable="true">'.repeat(300)}${'</Code>'.repeat(300)}`;
    const e = await refusal(readQdpx('deep.qde', new TextEncoder().encode(projectXml(`<CodeBook><Codes>${deep}</Codes></CodeBook>`))));
    expect(e.code).toBe('bad-file');
    expect(e.message).toMatch(/^deep\.qde could not be read as XML/);
  });

  it('refuses files that are neither archives nor XML, damaged archives, and archives with two projects', async () => {
    const pdf = await refusal(readQdpx('paper.qdpx', new TextEncoder().encode('%PDF-1.7 ...')));
    expect(pdf.code).toBe('unsupported-format');
    expect(pdf.message).toContain('neither a zip archive nor XML');
    const zip = await zipOf({ 'project.qde': withSource('internal://x.txt') });
    const cut = await refusal(readQdpx('cut.qdpx', zip.subarray(0, zip.length - 30)));
    expect(cut.code).toBe('bad-file');
    expect(cut.message).toMatch(/^cut\.qdpx is damaged or is not a zip-based file/);
    const two = await refusal(readQdpx('two.qdpx', await zipOf({ 'a.qde': withSource('x'), 'b.qde': withSource('y') })));
    expect(two.message).toBe('two.qdpx holds several project files (a.qde, b.qde); Coherence cannot tell which one to import.');
    const none = await refusal(readQdpx('word.qdpx', await zipOf({ 'word/document.xml': '<w:document/>' })));
    expect(none.message).toBe('word.qdpx is not a REFI-QDA project export: it has no project.qde inside.');
  });

  it('refuses XML from another vocabulary', async () => {
    const pom = '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion></project>';
    const e = await refusal(readQdpx('pom.qde', new TextEncoder().encode(pom)));
    expect(e.code).toBe('unsupported-format');
    expect(e.message).toBe('pom.qde is not a REFI-QDA project: its XML belongs to http://maven.apache.org/POM/4.0.0.');
  });
});
