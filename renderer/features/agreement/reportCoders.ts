import type { AgreementReport, CodeAgreement } from '../../../core/model/agreementTypes';
import type { Coder } from '../../../core/model/types';
import { coderColours } from '../coders/coderColours';
import type { PairBar } from './PairBars';

/** A coder as the report names them (by initials), with the colour every screen gives them. */
export interface ReportCoder {
  key: string;
  initials: string;
  name: string;
  colour: string;
}

export function reportCoders(report: AgreementReport, coders: readonly Coder[]): ReportCoder[] {
  const colours = coderColours(coders);
  return report.coders.map((c) => {
    const coder = coders.find((x) => x.initials === String(c.id));
    return { key: String(c.id), initials: c.label, name: coder?.name ?? c.label, colour: (coder && colours.get(coder.id)) ?? '#667085' };
  });
}

export function pairBars(code: CodeAgreement, coders: readonly ReportCoder[]): PairBar[] {
  const colour = (key: string) => coders.find((c) => c.key === key)?.colour ?? '#667085';
  const label = (key: string) => coders.find((c) => c.key === key)?.initials ?? key;
  return code.pairs.map((p) => {
    const [a, b] = p.coders.map(String) as [string, string];
    return { first: label(a), second: label(b), counts: p.counts, firstColour: colour(a), secondColour: colour(b) };
  });
}
