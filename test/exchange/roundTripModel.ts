import type { ExchangeProject } from '../../core/exchange';
import { normaliseText } from '../../core/model/offsets';

/**
 * A small project that exercises what a round trip must keep: emoji (astral characters, so
 * code points and UTF-16 differ), Hebrew, CJK, a text that arrived with CRLF line ends,
 * nested codes with colours and a folder, two coders, overlapping and whole-document codings,
 * memos on every kind of object, a participant with typed attributes, and a set.
 */
export const G = {
  userSO: 'a1b2c3d4-0000-4000-8000-000000000001',
  userEW: 'a1b2c3d4-0000-4000-8000-000000000002',
  barriers: 'c0000000-0000-4000-8000-000000000001',
  cost: 'c0000000-0000-4000-8000-000000000002',
  access: 'c0000000-0000-4000-8000-000000000003',
  transport: 'c0000000-0000-4000-8000-000000000004',
  framework: 'c0000000-0000-4000-8000-000000000005',
  facilitators: 'c0000000-0000-4000-8000-000000000006',
  age: 'b0000000-0000-4000-8000-000000000001',
  site: 'b0000000-0000-4000-8000-000000000002',
  consented: 'b0000000-0000-4000-8000-000000000003',
  interviewed: 'b0000000-0000-4000-8000-000000000004',
  score: 'b0000000-0000-4000-8000-000000000005',
  emoji: 'd0000000-0000-4000-8000-000000000001',
  hebrew: 'd0000000-0000-4000-8000-000000000002',
  cjk: 'd0000000-0000-4000-8000-000000000003',
  crlf: 'd0000000-0000-4000-8000-000000000004',
  caseP01: 'e0000000-0000-4000-8000-000000000001',
  setWave1: 'f0000000-0000-4000-8000-000000000001',
  memoProject: '90000000-0000-4000-8000-000000000001',
  memoCode: '90000000-0000-4000-8000-000000000002',
  memoSegment: '90000000-0000-4000-8000-000000000003',
  memoFree: '90000000-0000-4000-8000-000000000004',
};

export const TEXTS = {
  emoji: 'Interviewer: How was the clinic?\nP01: Honestly 😀 it was fine 👍🏽 mostly, but the bus cost £4.\n',
  hebrew: 'שלום, אני מדבר עברית.\nThis line is English.\n',
  cjk: '日本語のテキストです。\n中文文本，很好。\n',
  crlf: normaliseText('Line one\r\nLine two has 🎉 a party\r\nLine three'),
};

const sel = (guid: string, text: string, quote: string, codes: [string, string][], extra: Record<string, unknown> = {}) => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" not in text`);
  return {
    guid,
    start,
    end: start + quote.length,
    codings: codes.map(([codingGuid, codeGuid], i) => ({
      guid: codingGuid,
      codeGuid,
      creatingUser: i % 2 ? G.userEW : G.userSO,
      creationDateTime: '2025-03-01T10:00:00Z',
    })),
    ...extra,
  };
};

export function roundTripProject(): ExchangeProject {
  return {
    name: 'Clinic access study — wave 1 & 2',
    description: 'Project memo: double-coded by SO and EW.\nSecond line.',
    creatingUser: G.userSO,
    creationDateTime: '2025-01-15T09:30:00Z',
    users: [
      { guid: G.userSO, name: 'Sam Okafor', id: 'SO' },
      { guid: G.userEW, name: 'Emma Wright', id: 'EW' },
    ],
    codes: [
      {
        guid: G.barriers,
        name: 'Barriers',
        color: '#c0392b',
        description: 'Anything that stops people reaching care',
        isCodable: true,
        children: [
          { guid: G.cost, name: 'Cost & "value" <per visit>', color: '#e67e22', isCodable: true, children: [] },
          {
            guid: G.access,
            name: 'Access',
            isCodable: true,
            children: [{ guid: G.transport, name: 'Transport', color: '#2980b9', isCodable: true, children: [] }],
          },
        ],
      },
      {
        guid: G.framework,
        name: 'Framework',
        isCodable: false,
        children: [{ guid: G.facilitators, name: 'Facilitators', color: '#27ae60', isCodable: true, children: [] }],
      },
    ],
    variables: [
      { guid: G.age, name: 'Age', type: 'Integer' },
      { guid: G.site, name: 'Site', type: 'Text', description: 'Recruitment site' },
      { guid: G.consented, name: 'Consented', type: 'Boolean' },
      { guid: G.interviewed, name: 'Interview date', type: 'Date' },
      { guid: G.score, name: 'Satisfaction', type: 'Float' },
    ],
    cases: [
      {
        guid: G.caseP01,
        name: 'P01',
        description: 'First participant',
        codeGuids: [],
        variableValues: [
          { variableGuid: G.age, value: 34 },
          { variableGuid: G.consented, value: true },
          { variableGuid: G.interviewed, value: '2024-05-01' },
          { variableGuid: G.score, value: 3.5 },
        ],
        sourceGuids: [G.emoji],
        selectionGuids: ['5e100000-0000-4000-8000-000000000021'],
      },
    ],
    sources: [
      {
        guid: G.emoji,
        name: 'Interview 01 😀',
        text: TEXTS.emoji,
        creatingUser: G.userSO,
        creationDateTime: '2025-01-15T09:31:00Z',
        selections: [
          sel('5e100000-0000-4000-8000-000000000011', TEXTS.emoji, 'Honestly 😀 it was fine 👍🏽 mostly', [
            ['c1000000-0000-4000-8000-000000000001', G.facilitators],
            ['c1000000-0000-4000-8000-000000000002', G.access],
          ]),
          sel('5e100000-0000-4000-8000-000000000012', TEXTS.emoji, 'the bus cost £4', [['c1000000-0000-4000-8000-000000000003', G.cost]], {
            name: 'the bus\ncost "£4"',
            description: 'Coding comment: cost of the bus & the fare',
          }),
          sel('5e100000-0000-4000-8000-000000000013', TEXTS.emoji, '👍🏽 mostly, but the bus', [['c1000000-0000-4000-8000-000000000004', G.transport]]),
        ],
        codings: [{ guid: 'c1000000-0000-4000-8000-000000000005', codeGuid: G.barriers, creatingUser: G.userEW }],
        variableValues: [{ variableGuid: G.site, value: 'North clinic' }],
      },
      {
        guid: G.hebrew,
        name: 'ראיון 02',
        text: TEXTS.hebrew,
        selections: [
          sel('5e100000-0000-4000-8000-000000000021', TEXTS.hebrew, 'אני מדבר עברית', [['c1000000-0000-4000-8000-000000000006', G.access]]),
          // A memo-only selection (an annotation, no coding).
          sel('5e100000-0000-4000-8000-000000000022', TEXTS.hebrew, 'English', [], { description: 'Switches language here' }),
        ],
        codings: [],
        variableValues: [{ variableGuid: G.site, value: 'South clinic' }],
      },
      {
        guid: G.cjk,
        name: 'Interview 03 日本',
        text: TEXTS.cjk,
        selections: [sel('5e100000-0000-4000-8000-000000000031', TEXTS.cjk, '中文文本', [['c1000000-0000-4000-8000-000000000007', G.cost]])],
        codings: [],
        variableValues: [],
      },
      {
        guid: G.crlf,
        name: 'Interview 04 (Windows)',
        text: TEXTS.crlf,
        selections: [
          sel('5e100000-0000-4000-8000-000000000041', TEXTS.crlf, 'Line two has 🎉 a party\nLine three', [
            ['c1000000-0000-4000-8000-000000000008', G.transport],
            ['c1000000-0000-4000-8000-000000000009', G.cost],
          ]),
        ],
        codings: [],
        variableValues: [],
      },
    ],
    notes: [
      { guid: G.memoProject, name: 'Project journal', text: 'Started coding.\n\tIndented & "quoted" <tag>', attachedTo: [{ kind: 'project' }] },
      { guid: G.memoCode, name: 'About cost', text: 'Cost means money and time.', creatingUser: G.userEW, attachedTo: [{ kind: 'code', guid: G.cost }] },
      {
        guid: G.memoSegment,
        name: 'Segment memo',
        description: 'short',
        text: 'Emoji here 🎉 matter.',
        attachedTo: [
          { kind: 'selection', guid: '5e100000-0000-4000-8000-000000000011' },
          { kind: 'source', guid: G.emoji },
          { kind: 'coding', guid: 'c1000000-0000-4000-8000-000000000003' },
        ],
      },
      { guid: G.memoFree, text: 'A free-standing memo without a name.', attachedTo: [] },
    ],
    sets: [
      {
        guid: G.setWave1,
        name: 'Wave 1',
        description: 'First round of interviews',
        codeGuids: [G.cost],
        sourceGuids: [G.emoji, G.hebrew],
        noteGuids: [G.memoFree],
      },
    ],
  };
}
