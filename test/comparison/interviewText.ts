/**
 * Interview-like English text of an exact length, from a seed: speaker turns
 * ("Interviewer: ..." / "Participant: ...") made of plain sentences. ASCII only, so code
 * points and UTF-16 units coincide and CLI offsets equal stored offsets.
 */

/** A small seeded generator (mulberry32), written here so test data does not depend on the engine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPENINGS = ['I think', 'To be honest', 'Well', 'At the start', 'Looking back', 'Most of the time', 'When I first went', 'My daughter said', 'The nurse told me', 'I suppose'];
const SUBJECTS = ['the link worker', 'my GP', 'the practice', 'the walking group', 'the receptionist', 'the pharmacist', 'my neighbour', 'the clinic', 'the social prescriber', 'the waiting list'];
const VERBS = ['listened to', 'helped with', 'worried about', 'talked about', 'asked about', 'looked after', 'explained', 'sorted out', 'forgot about', 'changed'];
const OBJECTS = ['my medication', 'the appointment', 'the loneliness', 'my sleep', 'the bus fare', 'the housing letter', 'my confidence', 'the referral', 'the garden project', 'my blood pressure'];
const ENDINGS = ['and that made a difference', 'but it took a while', 'which surprised me', 'so I kept going', 'and I trusted them', 'even when it was hard', 'because nobody else did', 'and I felt listened to'];
const QUESTIONS = ['Can you tell me more about that?', 'How did that feel at the time?', 'What happened next?', 'Who else was involved?', 'What would you change?'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function sentence(random: () => number): string {
  return `${pick(random, OPENINGS)} ${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)} ${pick(random, ENDINGS)}.`;
}

/**
 * Exactly `length` characters. Turns alternate on their own lines; the text never ends in
 * white space (an importer may keep or drop it, and the length must survive the import).
 */
export function interviewText(length: number, seed: number): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let size = 0;
  for (let turn = 0; size < length; turn++) {
    const line =
      turn % 2 === 0
        ? `Interviewer: ${pick(random, QUESTIONS)}`
        : `Participant: ${Array.from({ length: 1 + Math.floor(random() * 4) }, () => sentence(random)).join(' ')}`;
    parts.push(line);
    size += line.length + 1;
  }
  const text = parts.join('\n').slice(0, length);
  return text.replace(/\s$/, '.');
}
