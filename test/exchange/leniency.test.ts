import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readQdpx } from '../../core/exchange';
import { CODE_A, CODE_B, codeBook, projectXml, selectionXml, SOURCE_1, USER_1, zipOf } from './refiFixtures';

/** What other programs really write (refi-qda.md §5), read without fuss but reported. */

const TEXT = 'Interviewer: Why did you stop going?\nP02: The bus fare went up, so I stopped.\n';
const at = (quote: string): [number, number] => [TEXT.indexOf(quote), TEXT.indexOf(quote) + quote.length];
const SEL_1 = '5e100000-0000-4000-8000-000000000001';
const SEL_2 = '5e100000-0000-4000-8000-000000000002';

function oneSource(attrs: string, inner = ''): string {
  const [s, e] = at('The bus fare went up');
  return `${codeBook}<Sources><TextSource guid="${SOURCE_1}" name="P02" ${attrs}>${inner}${selectionXml(SEL_1, s, e)}</TextSource></Sources>`;
}

describe('lenient reading', () => {
  it('finds the project XML under any name, in a wrapping folder, with a capitalised Sources folder', async () => {
    const upper = SOURCE_1.toUpperCase();
    const zip = await zipOf({
      'Export/My Study.QDE': projectXml(oneSource(`plainTextPath="internal://${upper}.txt"`)),
      [`Export/Sources/${upper}.TXT`]: TEXT,
      'Export/Sources/~$lock.docx': 'junk',
    });
    const { project, report } = await readQdpx('study.qdpx', zip);
    const [s, e] = at('The bus fare went up');
    expect(project.sources[0]!.text).toBe(TEXT);
    expect(project.sources[0]!.selections[0]).toMatchObject({ guid: SEL_1, start: s, end: e });
    expect(report.notCarried).toEqual([]);
  });

  it('accepts draft and missing namespaces, prefixed elements, braces and upper-case GUIDs, empty containers', async () => {
    const [s, e] = at('bus fare');
    const body =
      `<qda:Users/><qda:CodeBook><qda:Codes><qda:Code guid="{${CODE_A.toUpperCase()}}" name="Cost" isCodable="1" color="#F0A"/></qda:Codes></qda:CodeBook>` +
      `<qda:Cases/><qda:Sources><qda:TextSource guid="{${SOURCE_1.toUpperCase()}}" name="P02"><qda:PlainTextContent>${TEXT}</qda:PlainTextContent>` +
      `<qda:PlainTextSelection guid="${SEL_1.toUpperCase()}" startPosition="${s}" endPosition="${e}"><qda:Coding guid="{C1000000-0000-4000-8000-000000000001}">` +
      `<qda:CodeRef targetGUID="${CODE_A.toUpperCase()}"/></qda:Coding></qda:PlainTextSelection></qda:TextSource></qda:Sources><qda:Notes/><qda:Sets/>`;
    for (const root of [
      'xmlns:qda="urn:QDA-XML:project:0:10" name="Draft"',
      'xmlns:qda="urn:QDA-XML:project:1.0" name="Prefixed"',
    ]) {
      const { project, report } = await readQdpx('draft.qde', new TextEncoder().encode(`<qda:Project ${root}>${body}</qda:Project>`));
      expect(project.codes).toEqual([{ guid: CODE_A, name: 'Cost', isCodable: true, color: '#ff00aa', children: [] }]);
      const source = project.sources[0]!;
      expect(source.guid).toBe(SOURCE_1);
      expect(source.text.slice(source.selections[0]!.start, source.selections[0]!.end)).toBe('bus fare');
      expect(source.selections[0]!.codings[0]).toEqual({ guid: 'c1000000-0000-4000-8000-000000000001', codeGuid: CODE_A });
      expect(report.notCarried).toEqual([]);
    }
    const bare = body.replace(/qda:/g, '');
    const { project } = await readQdpx('none.qde', new TextEncoder().encode(`<Project name="No namespace">${bare}</Project>`));
    expect(project.name).toBe('No namespace');
    expect(project.sources[0]!.selections).toHaveLength(1);
  });

  it('follows only paths inside the archive for internal, relative and bare paths', async () => {
    const body = `${codeBook}<Sources>` +
      `<TextSource guid="${SOURCE_1}" name="rel-inside" plainTextPath="relative:///AR/P02.txt"/>` +
      `<TextSource guid="d0000000-0000-4000-8000-000000000002" name="rel-outside" plainTextPath="relative:///../../etc/hostname"/>` +
      `<TextSource guid="d0000000-0000-4000-8000-000000000003" name="climbing" plainTextPath="../../../../etc/passwd"/>` +
      `<TextSource guid="d0000000-0000-4000-8000-000000000004" name="missing" plainTextPath="internal://nothere.txt"/></Sources>`;
    const zip = await zipOf({ 'project.qde': projectXml(body), 'sources/P02.txt': TEXT });
    const { project, report } = await readQdpx('paths.qdpx', zip);
    expect(project.sources.map((s) => s.name)).toEqual(['rel-inside']);
    expect(report.adjusted[0]!.reason).toContain('points outside the archive, but a file of that name was found inside it');
    expect(report.notCarried.map((e) => [e.name, e.reason])).toEqual([
      ['rel-outside', 'its text could not be read: its file (relative:///../../etc/hostname) was outside the exported archive; only files inside the archive are read'],
      ['climbing', 'its text could not be read: the archive has no file "../../../../etc/passwd"'],
      ['missing', 'its text could not be read: the archive has no file nothere.txt in its sources folder'],
    ]);
  });

  it('reads absolute paths that exist (unless told not to) and reports the ones that do not', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'refi-'));
    const file = path.join(dir, 'P02 transcript.txt');
    writeFileSync(file, `\uFEFF${TEXT.replace(/\n/g, '\r\n')}`);
    const url = `absolute:///${file.replace(/\\/g, '/').replace(/^\//, '')}`;
    const body = `${codeBook}<Sources><TextSource guid="${SOURCE_1}" name="found" plainTextPath="${url}"/>` +
      `<TextSource guid="d0000000-0000-4000-8000-000000000002" name="gone" plainTextPath="absolute:///C:/PROJECT/Sources/Gone.txt"/></Sources>`;
    const zip = await zipOf({ 'project.qde': projectXml(body) });
    const { project, report } = await readQdpx('abs.qdpx', zip);
    expect(project.sources.map((s) => [s.name, s.text])).toEqual([['found', TEXT]]);
    expect(report.adjusted[0]!.reason).toBe(`its text was read from ${file}, outside the archive`);
    expect(report.notCarried[0]!.reason).toBe('its text could not be read: its file C:/PROJECT/Sources/Gone.txt was not found on this computer');
    const off = await readQdpx('abs.qdpx', zip, { readAbsolutePaths: false });
    expect(off.project.sources).toEqual([]);
    expect(off.report.notCarried[0]!.reason).toContain('reading such files was turned off');
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps memo-only selections, whole-document codings and f4-style memo files; reports what points nowhere', async () => {
    const [s, e] = at('so I stopped');
    const inner =
      `<PlainTextSelection guid="${SEL_2}" startPosition="${s}" endPosition="${e}"><Description>Why stop?</Description><NoteRef targetGUID="90000000-0000-4000-8000-000000000001"/></PlainTextSelection>` +
      `<PlainTextSelection guid="5e100000-0000-4000-8000-000000000003" startPosition="10" endPosition="9999"><Coding guid="c1000000-0000-4000-8000-0000000000aa"><CodeRef targetGUID="${CODE_A}"/></Coding></PlainTextSelection>` +
      `<PlainTextSelection guid="5e100000-0000-4000-8000-000000000004" startPosition="0" endPosition="5"><Coding guid="c1000000-0000-4000-8000-0000000000bb" creatingUser="99999999-9999-4999-8999-999999999999"><CodeRef targetGUID="c0000000-0000-4000-8000-0000000000ff"/></Coding></PlainTextSelection>` +
      `<Coding guid="c1000000-0000-4000-8000-0000000000cc" creatingUser="${USER_1}"><CodeRef targetGUID="${CODE_A}"/></Coding>`;
    const body = `${codeBook}<Sources><TextSource guid="${SOURCE_1}" name="P02" plainTextPath="internal://${SOURCE_1}.txt">${inner}</TextSource></Sources>` +
      `<Notes><Note guid="90000000-0000-4000-8000-000000000001" plainTextPath="internal://90000000-0000-4000-8000-000000000001.txt"/></Notes>`;
    const zip = await zipOf({
      'project.qde': projectXml(body),
      [`sources/${SOURCE_1}.txt`]: TEXT,
      'sources/90000000-0000-4000-8000-000000000001.txt': '\uFEFFMemo on the\r\nstopping.',
    });
    const { project, report } = await readQdpx('f4.qdpx', zip);
    const source = project.sources[0]!;
    expect(source.codings).toEqual([{ guid: 'c1000000-0000-4000-8000-0000000000cc', codeGuid: CODE_A, creatingUser: USER_1 }]);
    const memoOnly = source.selections.find((x) => x.guid === SEL_2)!;
    expect(memoOnly).toMatchObject({ description: 'Why stop?', codings: [] });
    expect(source.text.slice(memoOnly.start, memoOnly.end)).toBe('so I stopped');
    expect(project.notes[0]).toMatchObject({ text: 'Memo on the\nstopping.', attachedTo: [{ kind: 'selection', guid: SEL_2 }] });
    expect(source.selections.map((x) => x.guid)).toEqual([SEL_2, '5e100000-0000-4000-8000-000000000004']);
    expect(report.notCarried.map((x) => x.subject)).toEqual(['coding', 'coded segment']);
    expect(report.notCarried[0]!.reason).toBe('a coding on a segment of "P02" refers to a code that is not in the codebook');
    expect(report.notCarried[1]!.reason).toMatch(/^its position 10–9999 lies outside the text of "P02" \(\d+ characters\); 1 coding\(s\) were not carried over$/);
    expect(report.counts).toMatchObject({ selections: 2, codings: 1 });
  });

  it('turns NVivo case codes into case membership and unnamed one-document cases into document attributes', async () => {
    const CASE = CODE_B; // NVivo exports the case "P02" also as a code with the same GUID
    const [s, e] = at('The bus fare went up');
    const body =
      `<Users><User guid="${USER_1}" name="SO"/></Users><CodeBook><Codes><Code guid="${CODE_A}" name="Cost" isCodable="true"/><Code guid="${CASE}" name="P02" isCodable="true"/></Codes></CodeBook>` +
      `<Variables><Variable guid="b0000000-0000-4000-8000-000000000001" name="Cases:Age" typeOfVariable="Integer"/><Variable guid="b0000000-0000-4000-8000-000000000002" name="Site" typeOfVariable="Text"/>` +
      `<Variable guid="b0000000-0000-4000-8000-000000000003" name="Consent" typeOfVariable="Boolean"/></Variables>` +
      `<Cases><Case guid="${CASE}" name="P02"><VariableValue><VariableRef targetGUID="b0000000-0000-4000-8000-000000000001"/><IntegerValue>41</IntegerValue></VariableValue>` +
      `<VariableValue><VariableRef targetGUID="b0000000-0000-4000-8000-000000000003"/><BooleanValue>maybe</BooleanValue></VariableValue></Case>` +
      `<Case guid="e0000000-0000-4000-8000-000000000002"><VariableValue><VariableRef targetGUID="b0000000-0000-4000-8000-000000000002"/><TextValue>North</TextValue></VariableValue><SourceRef targetGUID="${SOURCE_1}"/></Case></Cases>` +
      `<Sources><TextSource guid="${SOURCE_1}" name="P02 interview"><PlainTextContent>${TEXT}</PlainTextContent>` +
      `<PlainTextSelection guid="${SEL_1}" startPosition="${s}" endPosition="${e}"><Coding guid="c1000000-0000-4000-8000-000000000001"><CodeRef targetGUID="${CASE}"/></Coding>` +
      `<Coding guid="c1000000-0000-4000-8000-000000000002"><CodeRef targetGUID="${CODE_A}"/></Coding></PlainTextSelection></TextSource></Sources>`;
    const { project, report } = await readQdpx('nvivo.qde', new TextEncoder().encode(projectXml(body, 'xmlns="urn:QDA-XML:project:1.0" name="Cases" origin="NVivo 14"')));
    expect(project.codes.map((c) => c.name)).toEqual(['Cost']);
    expect(project.cases).toEqual([
      {
        guid: CASE,
        name: 'P02',
        codeGuids: [],
        variableValues: [
          { variableGuid: 'b0000000-0000-4000-8000-000000000001', value: 41 },
          { variableGuid: 'b0000000-0000-4000-8000-000000000003', value: 'maybe' },
        ],
        sourceGuids: [],
        selectionGuids: [SEL_1],
      },
    ]);
    expect(project.sources[0]!.selections[0]!.codings.map((c) => c.codeGuid)).toEqual([CODE_A]);
    expect(project.sources[0]!.variableValues).toEqual([{ variableGuid: 'b0000000-0000-4000-8000-000000000002', value: 'North' }]);
    expect(report.adjusted.map((a) => a.reason)).toEqual([
      '"maybe" (Consent on case "P02") is not a valid BooleanValue; it was kept as text',
      'it was also exported as a code (as NVivo does); its 1 coding(s) became case membership and the duplicate code was removed',
      'an unnamed case holding only this document carried its attributes; they became document attributes',
    ]);
  });

  it('carries memo links as attachments, reports other links, PDF documents and set members pointing at them', async () => {
    const PDF = 'd0000000-0000-4000-8000-00000000000f';
    const body = `${oneSource(`plainTextPath="internal://${SOURCE_1}.txt"`)}`.replace(
      '</Sources>',
      `<PDFSource guid="${PDF}" name="Leaflet.pdf" path="internal://${PDF}.pdf"><PDFSelection guid="5e100000-0000-4000-8000-00000000000f" page="0" firstX="1" firstY="2" secondX="3" secondY="4"><Coding guid="c1000000-0000-4000-8000-00000000000f"><CodeRef targetGUID="${CODE_A}"/></Coding></PDFSelection></PDFSource></Sources>` +
        `<Notes><Note guid="90000000-0000-4000-8000-000000000001" name="Annotation"><PlainTextContent>Fare rose in 2023.</PlainTextContent></Note></Notes>` +
        `<Links><Link guid="a0000000-0000-4000-8000-000000000001" name="annotates" originGUID="90000000-0000-4000-8000-000000000001" targetGUID="${SEL_1}"/>` +
        `<Link guid="a0000000-0000-4000-8000-000000000002" name="is cause of" originGUID="${CODE_A}" targetGUID="${CODE_B}"/></Links>` +
        `<Sets><Set guid="f0000000-0000-4000-8000-000000000001" name="Documents"><MemberSource targetGUID="${SOURCE_1}"/><MemberSource targetGUID="${PDF}"/></Set></Sets>`,
    );
    const zip = await zipOf({ 'project.qde': projectXml(body), [`sources/${SOURCE_1}.txt`]: TEXT, [`sources/${PDF}.pdf`]: '%PDF-1.4' });
    const { project, report } = await readQdpx('links.qdpx', zip);
    expect(project.notes[0]!.attachedTo).toEqual([{ kind: 'selection', guid: SEL_1 }]);
    expect(project.sets[0]!.sourceGuids).toEqual([SOURCE_1]);
    expect(report.notCarried.map((x) => [x.subject, x.reason])).toEqual([
      ['PDF document', 'Coherence imports text documents only; its 1 coding(s) were not carried over'],
      ['link', 'Coherence does not carry links (relations) between objects'],
      ['set member', '1 member(s) of set "Documents" were not carried over: it is a PDF document, which Coherence does not import'],
    ]);
    expect(report.adjusted.map((x) => x.subject)).toEqual(['link']);
  });

  it('detects CRLF-as-one positions from quoted selection names (ATLAS.ti)', async () => {
    const crlf = 'Q: How was breakfast?\r\nA: I had Coke 😀 for breakfast.\r\nQ: Why?\r\nA: It wakes me up.';
    const lf = crlf.replace(/\r\n/g, '\n');
    const cp = (i: number): number => [...lf.slice(0, i)].length;
    const sels = ['I had Coke 😀 for breakfast.', 'It wakes me up.', 'Why?']
      .map((q, k) => {
        const i = lf.indexOf(q);
        return `<PlainTextSelection guid="5e100000-0000-4000-8000-00000000000${k}" name="${q}" startPosition="${cp(i)}" endPosition="${cp(i + q.length)}"/>`;
      })
      .join('');
    const body = `${codeBook}<Sources><TextSource guid="${SOURCE_1}" name="Mabel" plainTextPath="internal://${SOURCE_1}.txt">${sels}</TextSource></Sources>`;
    const zip = await zipOf({ 'Mabel.qde': projectXml(body, 'xmlns="urn:QDA-XML:project:1.0" name="A" origin="ATLAS.ti 9.1"'), [`sources/${SOURCE_1}.txt`]: crlf });
    const { project, report } = await readQdpx('atlas.qdpx', zip);
    expect(report.offsets).toMatchObject({ profile: 'codepoint-crlf1', chosenBy: 'evidence', evidence: 3, matched: 3 });
    const source = project.sources[0]!;
    expect(source.selections.map((x) => source.text.slice(x.start, x.end))).toEqual(['I had Coke 😀 for breakfast.', 'It wakes me up.', 'Why?']);
  });
});
