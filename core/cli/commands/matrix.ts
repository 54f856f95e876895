import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { findAttribute } from '../../attributes/attributeQueries';
import { resolveCodePath } from '../../codebook/codePathLookup';
import { listCodes } from '../../codebook/codeQueries';
import { exportMatrixCsv, exportMatrixXlsx } from '../../framework/matrixExports';
import { listMatrices } from '../../framework/matrixQueries';
import { AppError } from '../../model/errors';
import type { MatrixCellContent, MatrixRowKind, MatrixSummary } from '../../model/frameworkTypes';
import { withProject } from '../directClient';

/**
 * A framework matrix from the command line. If the project has a saved matrix with the same
 * layout, that one is exported (with its summaries); otherwise the layout is used for this
 * export only and nothing is saved.
 */
export function registerMatrix(program: Command): void {
  program
    .command('matrix')
    .description('export a framework matrix: participants (or documents) x the themes of a framework')
    .argument('<project>', 'the project file')
    .requiredOption('--framework <path>', 'the framework: a code whose sub-codes are the themes (columns)')
    .option('--rows <kind>', 'participant|document', 'participant')
    .option('--group-by <attribute>', 'group and sort rows by this attribute (e.g. "stakeholder type")')
    .option('--cells <content>', 'summary|passages|counts', 'summary')
    .option('--csv', 'write CSV (UTF-8, RFC 4180)')
    .option('--xlsx', 'write an Excel workbook (the matrix, and the passages on a second sheet)')
    .option('--excel-bom', 'start the CSV with a byte-order mark, for Excel')
    .requiredOption('--out <file>', 'the file to write (- for standard output, CSV only)')
    .action(async (project: string, opts: { framework: string; rows: string; groupBy?: string; cells: string; csv?: boolean; xlsx?: boolean; excelBom?: boolean; out: string }) => {
      if (opts.rows !== 'participant' && opts.rows !== 'document') throw new AppError('invalid-args', '--rows is participant or document.');
      if (!['summary', 'passages', 'counts'].includes(opts.cells)) throw new AppError('invalid-args', '--cells is summary, passages or counts.');
      if (Boolean(opts.csv) === Boolean(opts.xlsx)) throw new AppError('invalid-args', 'Choose one of --csv and --xlsx.');
      await withProject(project, async (client) => {
        const file = client.core.session.project;
        const rowKind = opts.rows as MatrixRowKind;
        const frameworkId = resolveCodePath(file, opts.framework, { create: false });
        const children = listCodes(file).filter((c) => c.parentId === frameworkId);
        const codeIds = children.length ? children.map((c) => c.id) : [frameworkId];
        let groupBy: number[] = [];
        if (opts.groupBy) {
          const attribute = findAttribute(file, rowKind, opts.groupBy);
          if (!attribute) throw new AppError('not-found', `There is no ${rowKind} attribute called "${opts.groupBy}".`);
          groupBy = [attribute.id];
        }
        const saved = listMatrices(file).find(
          (m) => m.rowKind === rowKind && m.rowIds === null && JSON.stringify(m.codeIds) === JSON.stringify(codeIds) && JSON.stringify(m.groupBy) === JSON.stringify(groupBy),
        );
        const matrix: MatrixSummary = saved ?? { id: -1, name: opts.framework, rowKind, codeIds, rowIds: null, groupBy, createdAt: '' };
        const cells = opts.cells as MatrixCellContent;
        if (opts.xlsx) {
          if (opts.out === '-') throw new AppError('invalid-args', 'An .xlsx needs a file: give --out FILE.');
          writeFileSync(opts.out, Buffer.from((await exportMatrixXlsx(file, matrix, cells)).base64, 'base64'));
        } else {
          const { csv } = exportMatrixCsv(file, matrix, cells, Boolean(opts.excelBom));
          if (opts.out === '-') process.stdout.write(csv);
          else writeFileSync(opts.out, csv);
        }
      });
    });
}
