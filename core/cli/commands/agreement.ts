import type { Command } from 'commander';
import type { AgreementReport, AgreementUnit } from '../../agreement';
import { resolveCodePath } from '../../codebook/codePathLookup';
import { findDocument } from '../../documents/documentQueries';
import { AppError } from '../../model/errors';
import { withProject } from '../directClient';
import { printJson, printTable } from '../output';
import { coderIdsByInitials, commaList } from '../listArguments';

const UNITS: AgreementUnit[] = ['character', 'word', 'sentence', 'paragraph', 'segment', 'document'];

/** The report in the JSON shape scripts rely on (see `coherence agreement --help`). */
function asJson(report: AgreementReport) {
  return {
    coders: report.coders.map((c) => String(c.id)),
    unit: report.unit,
    documents: report.documents.map((d) => d.title),
    codes: report.codes,
    pooled: report.pooled,
    methodsSentence: report.methodsSentence,
    notes: report.notes,
  };
}

export function registerAgreement(program: Command): void {
  program
    .command('agreement')
    .description('inter-coder agreement per code (Krippendorff alpha, % and positive agreement, kappas), pooled over documents')
    .argument('<project>', 'the project file')
    .requiredOption('--coders <initials>', 'two or more coders, e.g. SO,EW,JC')
    .option('--documents <titles>', 'documents by title (default: those every coder completed, or, with no completion marks, coded)')
    .option('--codes <paths>', 'code paths (default: every code the coders used)')
    .option('--unit <unit>', UNITS.join('|'), 'character')
    .option('--bootstrap <n>', 'bootstrap resamples for the confidence interval (0: none)', (v) => Number.parseInt(v, 10), 2000)
    .option('--seed <s>', 'seed for the bootstrap', (v) => Number.parseInt(v, 10), 1)
    .option('--json', 'the whole report as JSON')
    .option('--csv', 'the report as CSV (a row per code, per code and document, per coder pair)')
    .action(async (project: string, opts: { coders: string; documents?: string; codes?: string; unit: string; bootstrap: number; seed: number; json?: boolean; csv?: boolean }) => {
      if (!UNITS.includes(opts.unit as AgreementUnit)) throw new AppError('invalid-args', `--unit is one of ${UNITS.join(', ')}.`);
      await withProject(project, async (client) => {
        const file = client.core.session.project;
        const coderIds = coderIdsByInitials(file, opts.coders);
        const request = {
          coderIds,
          ...(opts.documents ? { documentIds: commaList(opts.documents).map((t) => findDocument(file, t).id) } : {}),
          ...(opts.codes ? { codeIds: commaList(opts.codes).map((p) => resolveCodePath(file, p, { create: false })) } : {}),
          unit: opts.unit as AgreementUnit,
          bootstrap: opts.bootstrap > 0 ? { resamples: opts.bootstrap, seed: opts.seed } : (false as const),
        };
        if (opts.csv) {
          process.stdout.write((await client.call('agreement.exportCsv', request)).csv);
          return;
        }
        const { report, scope } = await client.call('agreement.compare', request);
        if (opts.json) return printJson(asJson(report));
        const f = (v: number | null) => (v === null ? 'n/a' : v.toFixed(3));
        printTable(
          report.codes.map((c) => ({ code: c.code, alpha: f(c.alpha), 'ci95': c.ci95 ? `${f(c.ci95[0])}–${f(c.ci95[1])}` : '', '% agree': f(c.percentAgreement), 'pos. agree': f(c.positiveAgreement), light: c.trafficLight })),
          ['code', 'alpha', 'ci95', '% agree', 'pos. agree', 'light'],
        );
        process.stdout.write(`\n${scope.documents.length} documents (${scope.basis}); pooled alpha ${f(report.pooled.alpha)}\n${report.methodsSentence}\n`);
      });
    });
}
