import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../support/testCore';
import { codeBook, patchBytes, projectXml, SOURCE_1, zipOf } from './refiFixtures';

/**
 * Files built to hurt, sent through the API as a browser would send them: each is refused with
 * a message that names the file and the problem, no project file is left behind, and the
 * project that was open stays open.
 */
let t: TestCore;
beforeAll(async () => {
  t = testCore();
  await t.call('project.create', { path: path.join(t.dir, 'open.coherence') });
});
afterAll(() => t.close());

const withSource = (p: string) => projectXml(`${codeBook}<Sources><TextSource guid="${SOURCE_1}" name="Interview" plainTextPath="${p}"/></Sources>`);
const upload = (name: string, bytes: Uint8Array) => ({ name, base64: Buffer.from(bytes).toString('base64') });

async function refused(name: string, bytes: Uint8Array) {
  const target = path.join(t.dir, `${name}.coherence`);
  const e = await t.fail('project.importQdpx', { path: target, file: upload(name, bytes) });
  expect(existsSync(target)).toBe(false);
  expect(readdirSync(t.dir).filter((f) => f.startsWith(name))).toEqual([]);
  expect((await t.call('project.current', {}))?.name).toBe('open');
  return e;
}

describe('hostile .qdpx files through the API', () => {
  it('refuses a zip slip entry', async () => {
    const zip = await zipOf({ 'project.qde': withSource('internal://evil.txt'), 'xx/evil.txt': 'owned' });
    const e = await refused('slip.qdpx', patchBytes(zip, 'xx/evil.txt', '../evil.txt'));
    expect(e.code).toBe('unsafe-file');
    expect(e.message).toMatch(/^slip\.qdpx contains a file path that points outside the archive/);
  });

  it('refuses a zip bomb', async () => {
    const zip = await zipOf({ 'project.qde': withSource(`internal://${SOURCE_1}.txt`), [`sources/${SOURCE_1}.txt`]: new Uint8Array(50 * 1024 * 1024) });
    const e = await refused('bomb.qdpx', zip);
    expect(e.code).toBe('unsafe-file');
    expect(e.message).toMatch(/^bomb\.qdpx: the part "sources\/.*\.txt" unpacks to \d+ times its packed size \(a "zip bomb"\)/);
  });

  it('refuses external entities (XXE) and entity expansion', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>`;
    const e = await refused('xxe.qdpx', await zipOf({ 'project.qde': xxe }));
    expect(e.code).toBe('unsafe-file');
    expect(e.message).toMatch(/^"project\.qde" in xxe\.qdpx contains a DOCTYPE or ENTITY declaration/);
  });

  it('refuses invalid UTF-8 in a document, naming it and the place', async () => {
    const zip = await zipOf({ 'project.qde': withSource(`internal://${SOURCE_1}.txt`), [`sources/${SOURCE_1}.txt`]: new Uint8Array([0x48, 0x69, 0x0a, 0xff, 0xfe, 0x41]) });
    const e = await refused('latin.qdpx', zip);
    expect(e.code).toBe('bad-file');
    expect(e.message).toMatch(/^"sources\/.*\.txt" in latin\.qdpx is not valid UTF-8 text: the bytes at line 2 \(byte 3\) are not a character/);
  });

  it('refuses a file that is not a REFI-QDA export at all', async () => {
    const e = await refused('notes.qdpx', new TextEncoder().encode('just some notes'));
    expect(e.code).toBe('unsupported-format');
    expect(e.message).toBe('notes.qdpx is not a REFI-QDA project export (.qdpx or .qde): it is neither a zip archive nor XML.');
  });

  it('does not follow absolute paths in a file sent by a browser', async () => {
    const xml = withSource('absolute:///etc/hostname');
    const result = await t.call('project.importQdpx', { path: path.join(t.dir, 'absolute.coherence'), file: upload('absolute.qdpx', await zipOf({ 'project.qde': xml })) });
    expect(result.project.counts.documents).toBe(0);
    expect(result.report.notCarried.find((e) => e.subject === 'text document')?.reason).toBe('its text could not be read: its text is in a file outside the archive (/etc/hostname), and reading such files was turned off');
    await t.call('project.open', { path: path.join(t.dir, 'open.coherence') });
  });
});
